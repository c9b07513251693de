import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, DatePicker, Form, InputNumber, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { ApiError, messageOf } from '../../../errors/api-error';
import { useOrganizationChoice } from '../config/useOrganizationChoice';
import { coverageRows, formFieldOf, termYears } from './check-text';
import type { LiveStatementOverview } from './check-views';

interface ConfirmForm {
  personIds: string[];
  meetingDate: Dayjs;
}

/** 现场述责述廉安排: the term's coverage, the year's proposal, and the administrator's list with the meeting date. */
export default function LiveStatementsPage() {
  const { message } = App.useApp();
  const { me } = useAuth();
  const canManage = !!(me?.roles.administrator || me?.roles.systemAdmin);
  const { organizationId, picker, alert } = useOrganizationChoice();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [overview, setOverview] = useState<LiveStatementOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<ConfirmForm>();

  const load = useCallback(() => {
    if (!organizationId) return;
    setProblem(null);
    unwrap<LiveStatementOverview>(api.GET('/organizations/{id}/live-statements', { params: { path: { id: organizationId }, query: { year } } }))
      .then((answer) => {
        setOverview(answer);
        form.setFieldsValue({
          personIds: answer.selection ? answer.selection.presenters.map((p) => p.personId) : answer.proposed.map((p) => p.personId),
          meetingDate: answer.selection ? dayjs(answer.selection.meetingDate) : (undefined as unknown as Dayjs),
        });
      })
      .catch((error) => (setOverview(null), setProblem(messageOf(error))));
  }, [organizationId, year, form]);
  useEffect(load, [load]);

  const confirm = async (values: ConfirmForm) => {
    if (!organizationId) return;
    setSaving(true);
    try {
      await unwrap(api.PUT('/organizations/{id}/live-statements', { params: { path: { id: organizationId } }, body: { year, personIds: values.personIds, meetingDate: values.meetingDate.format('YYYY-MM-DD') } }));
      message.success('名单已确认，现场述责述廉事项已下达');
      load();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.refusal.fields).length > 0) {
        form.setFields(Object.entries(error.refusal.fields).map(([field, reason]) => ({ name: formFieldOf(field) as keyof ConfirmForm, errors: [reason] })));
      } else message.error(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const rows = overview ? coverageRows(overview) : [];
  const years = overview ? termYears(overview.term) : [];
  const options = (overview?.coverage ?? []).map((c) => ({ value: c.personId, label: `${c.personName}（${c.organizationName}）${c.heardIn.length ? ` · 已于 ${c.heardIn.join('、')} 年述` : ''}` }));
  return (
    <PageContainer title="现场述责述廉安排" subTitle="每年安排一定比例的下级“一把手”在上级党委常委会扩大会议上现场述责述廉，一届任期内全覆盖（北京（十一）、安徽（九））">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          {picker}
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
        </Space>
        {alert}
        {problem && <Alert type="error" showIcon message={problem} />}
        {!overview && !problem && organizationId && <Spin style={{ display: 'block', margin: '60px auto' }} />}
        {overview && (
          <>
            {!overview.templateAvailable && <Alert type="warning" showIcon message={`本组织所用策略包（${overview.packId ?? '未选择'}）没有“现场述责述廉”义务，只能查看`} />}
            <Card title={<span style={{ whiteSpace: 'normal' }}>{`本届覆盖情况：${overview.term.label}`}</span>}>
              <Typography.Paragraph type="secondary">
                下级一把手 {rows.length} 人，本届尚未现场述责述廉 {rows.filter((r) => !r.heard).length} 人，本届剩余 {overview.yearsLeft} 年（含 {year} 年）
              </Typography.Paragraph>
              <Table
                size="small"
                rowKey="personId"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={rows}
                columns={[
                  { title: '组织', dataIndex: 'organizationName' },
                  { title: '一把手', dataIndex: 'personName' },
                  ...years.map((y) => ({ title: String(y), key: String(y), align: 'center' as const, render: (_: unknown, r: (typeof rows)[number]) => (r.years.includes(y) ? <Tag color="green">已述</Tag> : '') })),
                  { title: '本届', key: 'heard', render: (_: unknown, r: (typeof rows)[number]) => (r.heard ? <Tag color="green">已覆盖</Tag> : <Tag color="orange">未述</Tag>) },
                ]}
              />
            </Card>
            <Card title={`${year} 年度名单`}>
              <div style={{ marginBottom: 12 }}>{overview.selection ? <Tag color="blue">已确认 · 会议 {overview.selection.meetingDate}</Tag> : <Tag>尚未确认 · 建议 {overview.quota} 人</Tag>}</div>
              <Typography.Paragraph type="secondary">
                建议名单：本届尚未现场述责述廉者优先（年中新任者计为未述），人数足以在本届剩余年度内覆盖全部：{overview.proposed.map((p) => p.personName).join('、') || '无'}
              </Typography.Paragraph>
              <Form form={form} layout="vertical" onFinish={confirm} disabled={!canManage || !overview.templateAvailable}>
                <Form.Item name="personIds" label="现场述责述廉人员" rules={[{ required: true, message: '请至少选择一人' }]}>
                  <Select mode="multiple" options={options} placeholder="选择下级一把手" optionFilterProp="label" />
                </Form.Item>
                <Form.Item name="meetingDate" label="常委会（扩大）会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
                  <DatePicker style={{ width: 200 }} />
                </Form.Item>
                {canManage && (
                  <Button type="primary" htmlType="submit" loading={saving}>
                    {overview.selection ? '保存修改' : '确认名单'}
                  </Button>
                )}
              </Form>
              {overview.selection && overview.selection.duties.length > 0 && (
                <Table
                  style={{ marginTop: 16 }}
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={overview.selection.duties}
                  columns={[
                    { title: '事项', dataIndex: 'title' },
                    { title: '对象', key: 'c', render: (_, d) => d.counterpart?.name ?? '—' },
                    { title: '截止', dataIndex: 'dueDate' },
                    { title: '状态', dataIndex: 'statusLabel' },
                  ]}
                />
              )}
            </Card>
          </>
        )}
      </Space>
    </PageContainer>
  );
}
