import { InboxOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { download, rawFetch } from '../../../api/client';
import { ApiError, messageOf } from '../../../errors/api-error';
import { findNode } from './org-forest';
import { COUNT_LABELS, countsSummary, importCounts, importProblems, xlsxProblem, type ImportCounts, type ImportProblem } from './import-report';
import { OrgPicker, useSelectedOrg } from './OrgPicker';
import { useOrgForest } from './useOrgForest';

/** The API's limit (apps/api/src/tree-import/import-sheets.ts MAX_IMPORT_BYTES). */
const MAX_BYTES = 2 * 1024 * 1024;

type Checked = { kind: 'clean'; counts: ImportCounts } | { kind: 'invalid'; problems: ImportProblem[]; message: string };

async function postImport(organizationId: string, file: File, dryRun: boolean): Promise<ImportCounts> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await rawFetch(`/organizations/${organizationId}/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body });
  return importCounts(await response.json());
}

function Counts({ counts }: { counts: ImportCounts }) {
  return (
    <Descriptions size="small" bordered column={5} layout="vertical">
      {(Object.keys(COUNT_LABELS) as (keyof ImportCounts)[]).map((key) => (
        <Descriptions.Item key={key} label={COUNT_LABELS[key]}>
          {counts[key]}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** Excel 导入: 下载模板 → 上传校验 (dryRun: the per-cell report) → 导入 (only a clean file), then what was created. */
export default function ImportPage() {
  const { message } = App.useApp();
  const { forest, error: forestError, reload } = useOrgForest();
  const [orgId, setOrgId] = useSelectedOrg();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [imported, setImported] = useState<ImportCounts | null>(null);
  const [busy, setBusy] = useState<'template' | 'check' | 'import' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const organization = findNode(forest, orgId);

  useEffect(() => {
    if (!orgId && forest[0]) setOrgId(forest[0].id);
  }, [orgId, forest, setOrgId]);

  const restart = () => {
    setFile(null);
    setChecked(null);
    setImported(null);
    setProblem(null);
  };

  const step = imported ? 3 : checked?.kind === 'clean' ? 2 : file ? 1 : 0;

  const check = async (candidate: File) => {
    if (!orgId) return;
    setBusy('check');
    setProblem(null);
    setChecked(null);
    try {
      setChecked({ kind: 'clean', counts: await postImport(orgId, candidate, true) });
    } catch (error) {
      const problems = error instanceof ApiError && error.status === 400 ? importProblems(error.body) : [];
      if (problems.length > 0) setChecked({ kind: 'invalid', problems, message: messageOf(error) });
      else setProblem(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    if (!orgId || !file) return;
    setBusy('import');
    setProblem(null);
    try {
      const counts = await postImport(orgId, file, false);
      setImported(counts);
      message.success(`导入完成：${countsSummary(counts)}`);
      void reload();
    } catch (error) {
      const problems = error instanceof ApiError && error.status === 400 ? importProblems(error.body) : [];
      if (problems.length > 0) setChecked({ kind: 'invalid', problems, message: messageOf(error) });
      else setProblem(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <PageContainer title="Excel 导入" subTitle="按模板一次导入下级组织、职位（含任职人）、人员（含登录名）">
      {forestError && <Alert type="error" showIcon message={forestError} style={{ marginBottom: 16 }} />}
      <Card>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Space wrap>
            <span>导入到</span>
            <OrgPicker
              forest={forest}
              value={orgId}
              onChange={(id) => {
                setOrgId(id);
                restart();
              }}
              aria-label="导入到组织"
            />
            <Typography.Text type="secondary">导入的组织都成为它的下级（可多层）</Typography.Text>
          </Space>
          <Steps current={step} items={[{ title: '下载模板' }, { title: '上传校验' }, { title: '导入' }, { title: '完成' }]} />
          {problem && <Alert type="error" showIcon message={problem} closable onClose={() => setProblem(null)} />}

          {imported ? (
            <Result
              status="success"
              title="导入完成"
              subTitle={`已在“${organization?.name ?? ''}”下导入：${countsSummary(imported)}。登录账号未设密码，请在“人员与账号”中为需要登录的人员设置。`}
              extra={[
                <Button key="again" type="primary" onClick={restart}>
                  再导入一份
                </Button>,
              ]}
            >
              <Counts counts={imported} />
            </Result>
          ) : (
            <>
              <Card type="inner" title="第一步：下载模板">
                <Space direction="vertical">
                  <Typography.Text>模板含“组织”“职位”“人员”三张表和填写说明，各有示例行（导入前请删除示例行）。</Typography.Text>
                  <Button
                    disabled={!orgId}
                    loading={busy === 'template'}
                    onClick={async () => {
                      if (!orgId) return;
                      setBusy('template');
                      setProblem(null);
                      try {
                        await download(`/organizations/${orgId}/import-template.xlsx`, '导入模板.xlsx');
                      } catch (error) {
                        setProblem(messageOf(error));
                      } finally {
                        setBusy(null);
                      }
                    }}
                  >
                    下载导入模板
                  </Button>
                </Space>
              </Card>

              <Card type="inner" title="第二步：上传并校验">
                <Upload.Dragger
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  maxCount={1}
                  disabled={!orgId || busy !== null}
                  fileList={file ? [{ uid: 'import', name: file.name, size: file.size, status: 'done' }] : []}
                  onRemove={() => restart()}
                  beforeUpload={(candidate) => {
                    const reason = xlsxProblem(candidate, MAX_BYTES);
                    if (reason) {
                      setProblem(reason);
                      return Upload.LIST_IGNORE;
                    }
                    setFile(candidate);
                    void check(candidate);
                    // Sent by check() itself, with the bearer and ?dryRun=true.
                    return false;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">点击或拖入填好的 .xlsx 文件</p>
                  <p className="ant-upload-hint">上传后立即校验全部行，不会导入；最大 2 MB</p>
                </Upload.Dragger>
                {busy === 'check' && <Alert type="info" showIcon message="正在校验…" style={{ marginTop: 16 }} />}
                {checked?.kind === 'invalid' && (
                  <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
                    <Alert type="error" showIcon message={`校验未通过：共 ${checked.problems.length} 处问题，未导入任何内容`} description="请在 Excel 中按下表修改后重新上传。" />
                    <Table<ImportProblem>
                      rowKey="key"
                      size="small"
                      dataSource={checked.problems}
                      pagination={checked.problems.length > 20 ? { pageSize: 20 } : false}
                      columns={[
                        { title: '工作表', dataIndex: 'sheet', render: (sheet: string) => sheet || '—' },
                        { title: '行', dataIndex: 'row', width: 72, render: (row: number) => (row > 0 ? row : '—') },
                        { title: '列', dataIndex: 'column', render: (column: string, row) => column || row.field || '—' },
                        { title: '问题', dataIndex: 'reason' },
                      ]}
                    />
                  </Space>
                )}
                {checked?.kind === 'clean' && (
                  <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
                    <Alert type="success" showIcon message={`校验通过，将导入：${countsSummary(checked.counts)}`} />
                    <Counts counts={checked.counts} />
                  </Space>
                )}
              </Card>

              <Card type="inner" title="第三步：导入">
                <Space direction="vertical">
                  <Typography.Text type="secondary">全部行校验通过后才能导入；导入在一个事务中完成，要么全部导入，要么都不导入。</Typography.Text>
                  <Button type="primary" disabled={checked?.kind !== 'clean'} loading={busy === 'import'} onClick={() => void runImport()}>
                    确认导入
                  </Button>
                </Space>
              </Card>
            </>
          )}
        </Space>
      </Card>
    </PageContainer>
  );
}
