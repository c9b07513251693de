import { ProForm, ProFormDatePicker, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Descriptions, Drawer, Form, Grid, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { DutyEvent, DutyView } from '../../api/views';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { DutyTimeline } from '../../duties/DutyTimeline';
import { EvidenceFiles } from '../../duties/EvidenceFiles';
import { formatCounterpart, formatDay, formatMoment } from '../../duties/format';
import { ApiError, messageOf } from '../../errors/api-error';
import { showRefusal } from '../../errors/form-refusal';
import { reviewBody, reviewProblems, type DecisionValues, type ReviewDecision } from '../../forms/duty-forms';

const CHOICES: { label: string; value: ReviewDecision }[] = [
  { label: '审核通过', value: 'accept' },
  { label: '退回重办', value: 'return' },
];

interface FormValues extends DecisionValues {
  decision: ReviewDecision;
}

/**
 * A completion awaiting review: what the leader recorded (day, note, evidence files) and the history, then 通过, or
 * 退回重办 (敷衍、走过场) with a reason and a new due date — the duty reopens and the chase starts again.
 */
export function ReviewDrawer({ duty, onClose, onReviewed, onStale }: { duty: DutyView | null; onClose: () => void; onReviewed: () => void; onStale: () => void }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [history, setHistory] = useState<DutyEvent[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form);
  const dutyId = duty?.id;

  useEffect(() => {
    setHistory(null);
    setProblem(null);
    form.resetFields();
    if (!dutyId) return;
    unwrap<DutyEvent[]>(api.GET('/duties/{id}/history', { params: { path: { id: dutyId } } })).then(setHistory, (error: unknown) => setProblem(messageOf(error)));
  }, [dutyId, form]);

  const submit = async (values: FormValues) => {
    if (!duty) return;
    setProblem(null);
    const newDueDay = values.newDueDay ? dayjs(values.newDueDay).format('YYYY-MM-DD') : undefined;
    try {
      await unwrap(api.POST('/duties/{id}/review', { params: { path: { id: duty.id } }, body: reviewBody(values.decision, { reason: values.reason, newDueDay }) }));
      message.success(values.decision === 'accept' ? '已审核通过' : '已退回，责任人将收到通知，催办重新开始');
      onReviewed();
    } catch (error) {
      const text = showRefusal(form, error, ['decision', 'reason', 'newDueAt'], { newDueAt: 'newDueDay' });
      if (text) setProblem(text);
      if (error instanceof ApiError && error.status === 409) {
        message.warning(error.refusal.message);
        onStale();
      }
    }
  };

  const check = (field: 'reason' | 'newDueAt', values: DecisionValues) => {
    const found = reviewProblems(form.getFieldValue('decision'), values)[field];
    if (found) throw new Error(found);
  };
  const awaiting = duty?.reviewState === 'awaiting_review';
  return (
    <Drawer open={!!duty} onClose={onClose} width={screens.md ? 640 : '100%'} title="完成情况审核" destroyOnHidden>
      {duty && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="事项">
              <Space size={4} wrap>
                <DutyColourTag colour={duty.colour} />
                <Link to={`/duties/${duty.id}`}>{duty.title}</Link>
                <Tag>{duty.statusLabel}</Tag>
                {duty.reviewStateLabel && <Tag color={duty.reviewState === 'accepted' ? 'success' : 'warning'}>{duty.reviewStateLabel}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="责任单位">{duty.organization.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="责任人">{duty.responsible.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="对象">{formatCounterpart(duty.counterpart)}</Descriptions.Item>
            <Descriptions.Item label="截止">{formatMoment(duty.dueAt)}</Descriptions.Item>
            <Descriptions.Item label="完成情况">
              {duty.completion ? (
                <Typography.Paragraph style={{ marginBottom: 0, wordBreak: 'break-word' }}>
                  {formatDay(duty.completion.heldOn)}：{duty.completion.note}
                </Typography.Paragraph>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            {duty.returnCount > 0 && <Descriptions.Item label="已退回">{duty.returnCount} 次</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            证据材料
          </Typography.Title>
          <EvidenceFiles dutyId={duty.id} canUpload={false} />
          {problem && <Alert type="error" showIcon message={problem} />}
          {awaiting ? (
            <ProForm<FormValues>
              form={form}
              onFinish={submit}
              initialValues={{ decision: 'accept' }}
              submitter={{ searchConfig: { submitText: '提交审核' }, resetButtonProps: false }}
            >
              <ProFormRadio.Group name="decision" label="审核" radioType="button" options={CHOICES} />
              {decision === 'return' && (
                <ProFormDatePicker
                  name="newDueDay"
                  label="新的截止日期"
                  fieldProps={{ disabledDate: (day: Dayjs) => day.isBefore(dayjs(), 'day') }}
                  rules={[{ validator: async (_: unknown, value?: Dayjs) => check('newDueAt', { newDueDay: value ? dayjs(value).format('YYYY-MM-DD') : undefined }) }]}
                />
              )}
              <ProFormTextArea
                name="reason"
                label={decision === 'return' ? '退回理由（必填，如敷衍、走过场的具体表现）' : '审核意见'}
                dependencies={['decision']}
                fieldProps={{ rows: 3, showCount: true, maxLength: 2000 }}
                rules={[{ validator: async (_: unknown, value?: string) => check('reason', { reason: value }) }]}
              />
            </ProForm>
          ) : (
            <Alert type="info" showIcon message="该完成情况已审核，无需再审" />
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            事项经过
          </Typography.Title>
          {history ? <DutyTimeline events={history} /> : <Spin />}
        </Space>
      )}
    </Drawer>
  );
}
