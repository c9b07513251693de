import { DownloadOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { download } from '../api/client';
import { messageOf } from '../errors/api-error';

/** The template whose duty is answered by a 述责述廉 report. */
export const STATEMENT_TEMPLATE = 'accountability-statement';

/**
 * On a 述责述廉 duty: the draft report pre-filled from the leader's 履责记实台账 of the year (a .docx), and how it
 * comes back (edited, uploaded as the duty's evidence).
 */
export function StatementDraftCard({ dutyId, canUpload }: { dutyId: string; canUpload: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fetchDraft = async () => {
    setBusy(true);
    try {
      await download(`/duties/${dutyId}/statement-draft`, '述责述廉报告（初稿）.docx');
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ProCard title="述责述廉报告" bordered>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message="初稿根据本人该年度的履责记实台账生成"
          description={
            canUpload
              ? '下载后在 Word 或 WPS 中据实修改、补充黄色标注部分（整改事项暂需手工填写），定稿后在下方“证据材料”中上传，再登记完成。'
              : '初稿列出该年度的监督职责事项、逾期与延期情况，以及制度要求报告的内容；定稿由责任人作为证据材料上传。'
          }
        />
        <Button icon={<DownloadOutlined />} loading={busy} onClick={fetchDraft}>
          下载述责述廉报告初稿
        </Button>
      </Space>
    </ProCard>
  );
}
