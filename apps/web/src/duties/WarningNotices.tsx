import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, download, unwrap } from '../api/client';
import type { WarningNotice } from '../api/views';
import { messageOf } from '../errors/api-error';
import { formatMoment } from './format';

/** 预警函 of a duty, each a PDF fetched with the bearer and handed to the browser as a file. */
export function WarningNotices({ dutyId }: { dutyId: string }) {
  const { message } = App.useApp();
  const [notices, setNotices] = useState<WarningNotice[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    unwrap<WarningNotice[]>(api.GET('/duties/{id}/warning-notices', { params: { path: { id: dutyId } } })).then(setNotices, (error: unknown) => setProblem(messageOf(error)));
  }, [dutyId]);

  if (problem) return <Alert type="warning" showIcon message={problem} />;
  return (
    <List
      size="small"
      loading={!notices}
      dataSource={notices ?? []}
      locale={{ emptyText: '没有预警函' }}
      renderItem={(notice) => (
        <List.Item
          actions={[
            <Button
              key="pdf"
              size="small"
              icon={<FilePdfOutlined />}
              onClick={() => download(notice.pdfUrl, `预警函-${notice.number}.pdf`).catch((error: unknown) => message.error(messageOf(error)))}
            >
              下载 PDF
            </Button>,
          ]}
        >
          <Typography.Text>
            {notice.number}（{formatMoment(notice.issuedAt)}）
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
