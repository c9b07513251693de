import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Result, Space, Tag, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, download, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { showRefusal } from '../../../errors/form-refusal';
import { messageOf } from '../../../errors/api-error';
import { formatMoment } from '../../../duties/format';
import type { Page } from '../../../api/views';
import { actorLabel, auditExportPath, auditExportProblems, AUDIT_FIELD_RENAMES, changedFields, tableLabel, type AuditEntry } from './audit-form';
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

  const ACTION_COLOURS: Record<string, string> = { insert: 'green', update: 'blue', delete: 'red' };
  const columns: ProColumns<AuditEntry>[] = [
    {
      title: '组织',
      dataIndex: 'organizationId',
      hideInTable: true,
      valueType: 'treeSelect',
      fieldProps: { treeData: tree, showSearch: true, treeNodeFilterProp: 'title', treeDefaultExpandAll: true, allowClear: true, placeholder: systemAdmin ? '不选则为全部组织' : '选择组织', popupMatchSelectWidth: false, style: { minWidth: 240 } },
      formItemProps: { rules: systemAdmin ? [] : [{ required: true, message: '请选择组织' }] },
    },
    {
      title: '起止日期',
      dataIndex: 'range',
      hideInTable: true,
      valueType: 'dateRange',
      initialValue: [dayjs().startOf('year'), dayjs()],
      formItemProps: { rules: [{ required: true, message: '请选择起止日期' }] },
      search: { transform: (value: [string, string]) => ({ from: value[0], to: value[1] }) },
    },
    { title: '序号', dataIndex: 'seq', width: 80, search: false },
    { title: '时间', dataIndex: 'at', width: 150, search: false, render: (_, e) => formatMoment(e.at) },
    { title: '操作人', dataIndex: 'actor', width: 120, search: false, render: (_, e) => actorLabel(e) },
    { title: '动作', dataIndex: 'action', width: 70, search: false, render: (_, e) => <Tag color={ACTION_COLOURS[e.action]}>{e.actionLabel}</Tag> },
    { title: '对象', dataIndex: 'table', width: 110, search: false, render: (_, e) => tableLabel(e.table) },
    { title: '组织', dataIndex: 'organization', search: false, ellipsis: true, width: 220 },
    {
      title: '改动',
      dataIndex: 'after',
      search: false,
      ellipsis: true,
      width: 380,
      render: (_, e) => (e.action === 'update' ? changedFields(e.before, e.after).join('；') || '—' : e.action === 'insert' ? '新增记录' : '删除记录'),
    },
  ];

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
        <ProTable<AuditEntry, { organizationId?: string; from?: string; to?: string }>
          headerTitle="审计记录"
          rowKey="seq"
          columns={columns}
          scroll={{ x: 'max-content' }}
          search={{ labelWidth: 'auto' }}
          options={{ density: false, setting: false }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
          manualRequest={!systemAdmin}
          locale={{ emptyText: systemAdmin ? '该期间没有审计记录' : '选择组织和起止日期后点击“查询”' }}
          expandable={{
            expandedRowRender: (e) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{`记录 ${e.rowId ?? '—'}；操作人 ${e.actor}`}</Typography.Text>
                {e.before && <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{`变更前：${e.before}`}</Typography.Paragraph>}
                {e.after && <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{`变更后：${e.after}`}</Typography.Paragraph>}
              </Space>
            ),
          }}
          request={async (params) => {
            if (!params.from || !params.to) return { data: [], total: 0, success: true };
            try {
              const query = { organizationId: params.organizationId || undefined, from: params.from, to: params.to, page: params.current ?? 1, pageSize: params.pageSize ?? 20 };
              const page = await unwrap<Page<AuditEntry>>(api.GET('/audit/entries', { params: { query } }));
              return { data: page.items, total: page.total, success: true };
            } catch (error) {
              message.error(messageOf(error));
              return { data: [], total: 0, success: false };
            }
          }}
        />
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
