import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Result, Space, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, download, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { showRefusal } from '../../../errors/form-refusal';
import { messageOf } from '../../../errors/api-error';
import { auditExportPath, auditExportProblems, AUDIT_FIELD_RENAMES } from './audit-form';
import type { AuditVerification } from './config-views';
import { organizationTree, type OrganizationItem, type OrganizationNode } from './org-tree';

interface ExportForm {
  organizationId?: string;
  range?: [Dayjs, Dayjs];
}

/** 审计日志: verify the hash chain (system administrators) and export an organization's log for a period as CSV. */
export default function AuditPage() {
  const { message } = App.useApp();
  const { me } = useAuth();
  const systemAdmin = !!me?.systemAdmin;
  const [form] = Form.useForm<ExportForm>();
  const [tree, setTree] = useState<OrganizationNode[]>([]);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyProblem, setVerifyProblem] = useState<string | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null);

  useEffect(() => {
    unwrap<OrganizationItem[]>(api.GET('/organizations')).then((list) => setTree(organizationTree(list)), (error) => setExportProblem(messageOf(error)));
  }, []);

  const verify = async () => {
    setBusy('verify');
    setVerifyProblem(null);
    try {
      setVerification(await unwrap<AuditVerification>(api.GET('/audit/verify')));
    } catch (error) {
      setVerifyProblem(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const exportCsv = async (values: ExportForm) => {
    setExportProblem(null);
    const days = { organizationId: values.organizationId, range: values.range ? ([values.range[0].format('YYYY-MM-DD'), values.range[1].format('YYYY-MM-DD')] as [string, string]) : undefined };
    const problems = auditExportProblems(days, systemAdmin);
    form.setFields((['organizationId', 'range'] as const).map((name) => ({ name, errors: problems[name] ? [problems[name]] : [] })));
    if (Object.keys(problems).length > 0) return;
    setBusy('export');
    try {
      await download(auditExportPath(days), `审计日志-${days.range![0]}-${days.range![1]}.csv`);
      message.success('审计日志已导出');
    } catch (error) {
      setExportProblem(showRefusal(form, error, ['organizationId', 'from', 'to'], AUDIT_FIELD_RENAMES));
    } finally {
      setBusy(null);
    }
  };

  return (
    <PageContainer title="审计日志" subTitle="对组织、人员、配置和事项的每一次改动都记入带哈希链的审计日志">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title="导出审计日志">
          {exportProblem && <Alert type="error" showIcon message={exportProblem} style={{ marginBottom: 16 }} />}
          <Form<ExportForm> form={form} layout="inline" onFinish={exportCsv} initialValues={{ range: [dayjs().startOf('year'), dayjs()] }}>
            <Form.Item name="organizationId" label="组织" tooltip="含其全部下级，及在其中任职、登记的人员的账号变更">
              <TreeSelect
                aria-label="组织"
                style={{ width: 300 }}
                treeData={tree}
                allowClear
                showSearch
                treeNodeFilterProp="title"
                treeDefaultExpandAll
                placeholder={systemAdmin ? '不选则导出全部组织' : '选择组织'}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
            <Form.Item name="range" label="起止日期">
              <DatePicker.RangePicker aria-label="起止日期" />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={busy === 'export'}>
                导出 CSV
              </Button>
            </Form.Item>
          </Form>
        </Card>
        {systemAdmin && (
          <Card title="校验哈希链" extra={<Button onClick={verify} loading={busy === 'verify'}>开始校验</Button>}>
            {verifyProblem && <Alert type="error" showIcon message={verifyProblem} />}
            {!verification && !verifyProblem && <Alert type="info" showIcon message="逐条核对审计日志的哈希链，找出第一条被改动或删除的条目。" />}
            {verification &&
              (verification.ok ? (
                <Result status="success" title="审计日志完整" subTitle={`已核对 ${verification.entries} 条，至第 ${verification.lastSeq} 条，未发现改动或删除。`} />
              ) : (
                <Result status="error" title="审计日志被改动或删除" subTitle={`已核对 ${verification.entries} 条。`}>
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label="第一条异常">{`第 ${verification.firstBroken?.seq ?? '—'} 条`}</Descriptions.Item>
                    <Descriptions.Item label="条目标识">{verification.firstBroken?.id ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label="原因">{verification.firstBroken?.reason ?? '—'}</Descriptions.Item>
                  </Descriptions>
                </Result>
              ))}
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
