import { ProFormDatePicker, ProFormRadio, ProFormTextArea, ProForm } from '@ant-design/pro-components';
import { Alert, App, Descriptions, Drawer, Form, Grid, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap, unwrapWithStatus } from '../../api/client';
import type { DecisionAnswer, DutyEvent, DutyView } from '../../api/views';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { DutyTimeline } from '../../duties/DutyTimeline';
import { formatMoment } from '../../duties/format';
import { WarningNotices } from '../../duties/WarningNotices';
import { ApiError, messageOf } from '../../errors/api-error';
import { showRefusal } from '../../errors/form-refusal';
import { decisionBody, decisionProblems, type DecisionValues, type EscalationDecision, type ExtensionDecision } from '../../forms/duty-forms';

export type ApprovalKind = 'escalations' | 'extensions';

export interface ApprovalItem {
  kind: ApprovalKind;
  id: string;
  status: string;
  duty: DutyView;
  /** What is asked: the proposal's level, or the requested date and reason. */
  summary: string;
  reason: string | null;
  requestedDay: string | null;
}

const CHOICES: Record<ApprovalKind, { label: string; value: EscalationDecision | ExtensionDecision }[]> = {
  escalations: [
    { label: '批准升级', value: 'approve' },
    { label: '驳回', value: 'reject' },
    { label: '给予新期限', value: 'extend' },
  ],
  extensions: [
    { label: '同意延期', value: 'grant' },
    { label: '不同意', value: 'refuse' },
  ],
};

const DONE: Record<string, string> = { approve: '已批准升级', reject: '已驳回', extend: '已给予新期限', grant: '已同意延期', refuse: '已不同意延期' };

interface FormValues extends DecisionValues {
  decision: EscalationDecision | ExtensionDecision;
}

/** One escalation proposal or extension request: the duty, its history and 预警函, and the decision. */
export function DecisionDrawer({ item, onClose, onDecided, onStale }: { item: ApprovalItem | null; onClose: () => void; onDecided: () => void; onStale: () => void }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [history, setHistory] = useState<DutyEvent[] | null>(null);
  const [problem, setProblem] = useState<{ type: 'error' | 'info'; text: string } | null>(null);
  const decision = Form.useWatch('decision', form);
  const dutyId = item?.duty.id;

  useEffect(() => {
    setHistory(null);
    setProblem(null);
    form.resetFields();
    if (!dutyId) return;
    unwrap<DutyEvent[]>(api.GET('/duties/{id}/history', { params: { path: { id: dutyId } } })).then(setHistory, (error: unknown) =>
      setProblem({ type: 'error', text: messageOf(error) }),
    );
  }, [dutyId, form]);

  const submit = async (values: FormValues) => {
    if (!item) return;
    setProblem(null);
    const picked = values.newDueDay ? dayjs(values.newDueDay).format('YYYY-MM-DD') : undefined;
    // Granting the day asked for keeps the moment asked for.
    const newDueDay = values.decision === 'grant' && picked === item.requestedDay ? undefined : picked;
    const body = decisionBody(values.decision, { reason: values.reason, newDueDay });
    try {
      const answer =
        item.kind === 'escalations'
          ? await unwrapWithStatus<DecisionAnswer>(api.POST('/escalations/{id}/decision', { params: { path: { id: item.id } }, body: body as never }))
          : await unwrapWithStatus<DecisionAnswer>(api.POST('/extension-requests/{id}/decision', { params: { path: { id: item.id } }, body: body as never }));
      if (answer.status === 202) message.info(answer.data.message ?? '决定已受理，督办流程正在执行，稍后生效');
      else message.success(DONE[values.decision]);
      onDecided();
    } catch (error) {
      const text = showRefusal(form, error, ['decision', 'reason', 'newDueAt'], { newDueAt: 'newDueDay' });
      if (text) setProblem({ type: 'error', text });
      // Decided by someone else meanwhile (409): say so where it stays visible, and refresh the stale list.
      if (error instanceof ApiError && error.status === 409) {
        message.warning(error.refusal.message);
        onStale();
      }
    }
  };

  // The form's rules are the decision's (forms/duty-forms.ts), for whichever decision is picked.
  const check = (field: 'reason' | 'newDueAt', values: DecisionValues) => {
    const problem = decisionProblems(form.getFieldValue('decision'), values)[field];
    if (problem) throw new Error(problem);
  };
  const pending = item?.status === 'pending';
  return (
    <Drawer open={!!item} onClose={onClose} width={screens.md ? 640 : '100%'} title={item ? (item.kind === 'escalations' ? '升级建议' : '延期申请') : ''} destroyOnHidden>
      {item && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="事项">
              <Space size={4} wrap>
                <DutyColourTag colour={item.duty.colour} />
                <Link to={`/duties/${item.duty.id}`}>{item.duty.title}</Link>
                <Tag>{item.duty.statusLabel}</Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="责任单位">{item.duty.organization.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="责任人">{item.duty.responsible.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="截止">{formatMoment(item.duty.dueAt)}</Descriptions.Item>
            <Descriptions.Item label="申请内容">{item.summary}</Descriptions.Item>
            {item.reason && <Descriptions.Item label="理由">{item.reason}</Descriptions.Item>}
          </Descriptions>
          {problem && <Alert type={problem.type} showIcon message={problem.text} />}
          {pending ? (
            <ProForm<FormValues>
              form={form}
              onFinish={submit}
              initialValues={{ decision: CHOICES[item.kind][0].value, newDueDay: item.requestedDay ?? undefined }}
              submitter={{ searchConfig: { submitText: '提交决定' }, resetButtonProps: false }}
            >
              <ProFormRadio.Group name="decision" label="决定" radioType="button" options={CHOICES[item.kind]} />
              {(decision === 'extend' || decision === 'grant') && (
                <ProFormDatePicker
                  name="newDueDay"
                  label={decision === 'grant' ? '新的截止日期（默认按申请）' : '新的截止日期'}
                  fieldProps={{ disabledDate: (day: Dayjs) => day.isBefore(dayjs(), 'day') }}
                  rules={[{ validator: async (_: unknown, value?: Dayjs) => check('newDueAt', { newDueDay: value ? dayjs(value).format('YYYY-MM-DD') : undefined }) }]}
                />
              )}
              <ProFormTextArea
                name="reason"
                label={decision === 'reject' || decision === 'refuse' ? '理由（必填）' : '理由'}
                dependencies={['decision']}
                fieldProps={{ rows: 3, showCount: true, maxLength: 2000 }}
                rules={[{ validator: async (_: unknown, value?: string) => check('reason', { reason: value }) }]}
              />
            </ProForm>
          ) : (
            <Alert type="info" showIcon message="该项已处理，无需再决定" />
          )}
          <Typography.Title level={5}>预警函</Typography.Title>
          <WarningNotices dutyId={item.duty.id} />
          <Typography.Title level={5}>事项经过</Typography.Title>
          {history ? <DutyTimeline events={history} /> : <Spin />}
        </Space>
      )}
    </Drawer>
  );
}
