import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { download, rawFetch } from '../api/client';
import { session, unauthorized } from '../api/session';
import type { EvidenceFile } from '../api/views';
import { ApiError, messageOf } from '../errors/api-error';
import { describeRefusal } from '../errors/refusal';

const sizeOf = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * 证据材料: upload (POST /duties/:id/evidence, multipart field `file`, with the bearer), list (GET /duties/:id/evidence)
 * and download (GET /evidence/:id). Refusals (413 too large, 400 wrong type…) are shown as they are.
 */
export function EvidenceFiles({ dutyId, canUpload, onChange }: { dutyId: string; canUpload: boolean; onChange?: (files: EvidenceFile[]) => void }) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<EvidenceFile[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(() => {
    rawFetch(`/duties/${dutyId}/evidence`)
      .then((response) => response.json() as Promise<EvidenceFile[]>)
      .then((found) => {
        setFiles(found);
        onChange?.(found);
      })
      .catch((error: unknown) => {
        // The duty was just read: a 404 here is a list the API does not keep (yet), i.e. none.
        if (error instanceof ApiError && error.status === 404) setFiles([]);
        else setProblem(messageOf(error));
      });
  }, [dutyId, onChange]);

  useEffect(load, [load]);

  return (
    <>
      {problem && <Alert type="warning" showIcon message={problem} style={{ marginBottom: 12 }} />}
      {canUpload && (
        <Upload
          name="file"
          action={`/duties/${dutyId}/evidence`}
          headers={{ Authorization: `Bearer ${session.token() ?? ''}` }}
          showUploadList={false}
          onChange={({ file }) => {
            if (file.status === 'done') {
              message.success(`已上传：${file.name}`);
              load();
            } else if (file.status === 'error') {
              const status = (file.error as { status?: number } | undefined)?.status ?? 0;
              if (status === 401) return unauthorized();
              const refusal = describeRefusal(status, file.response);
              const field = Object.values(refusal.fields)[0];
              message.error(`${file.name} 上传失败：${field ?? refusal.message}`);
            }
          }}
        >
          <Button icon={<UploadOutlined />}>上传证据材料</Button>
        </Upload>
      )}
      <List
        size="small"
        loading={!files && !problem}
        dataSource={files ?? []}
        locale={{ emptyText: '尚无证据材料' }}
        renderItem={(file) => (
          <List.Item>
            <Typography.Link onClick={() => download(file.downloadUrl, file.fileName).catch((error: unknown) => message.error(messageOf(error)))} style={{ wordBreak: 'break-all' }}>
              <PaperClipOutlined /> {file.fileName}
            </Typography.Link>
            <Typography.Text type="secondary">{sizeOf(file.size)}</Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}
