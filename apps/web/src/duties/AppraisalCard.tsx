import { ProForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Descriptions, Form, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { DutyView } from '../api/views';
import { showRefusal } from '../errors/form-refusal';
import { formatMoment } from './format';

interface AppraisalValues {
  grade: string;
  comment?: string;
}

/**
 * 评议 of a 述责述廉 where the regime has it: the clause, the result once recorded, and for a supervisor (the API
 * decides who; a refusal is shown as it comes) the form while the report is completed and not yet appraised.
 */
export function AppraisalCard({ duty, canAppraise, onDone }: { duty: DutyView; canAppraise: boolean; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AppraisalValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const { appraisal } = duty;

  const submit = async (values: AppraisalValues) => {
    setProblem(null);
    try {
      const comment = values.comment?.trim();
      await unwrap(api.POST('/duties/{id}/appraisal', { params: { path: { id: duty.id } }, body: { grade: values.grade as never, ...(comment ? { comment } : {}) } }));
      message.success('已记录评议结果');
      onDone();
    } catch (error) {
      const text = showRefusal(form, error, ['grade', 'comment']);
      if (text) setProblem(text);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">依据：{appraisal.basis}</Typography.Text>
      {appraisal.result ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="评议结果">
            <Tag color="blue">{appraisal.result.grade}</Tag>
          </Descriptions.Item>
          {appraisal.result.comment && <Descriptions.Item label="评议意见">{appraisal.result.comment}</Descriptions.Item>}
          <Descriptions.Item label="记录时间">{formatMoment(appraisal.result.at)}</Descriptions.Item>
        </Descriptions>
      ) : duty.status !== 'completed' ? (
        <Typography.Text type="secondary">述责述廉登记完成后，由监督人员记录评议结果</Typography.Text>
      ) : canAppraise ? (
        <>
          {problem && <Alert type="error" showIcon message={problem} />}
          <ProForm<AppraisalValues> form={form} onFinish={submit} submitter={{ searchConfig: { submitText: '记录评议' }, resetButtonProps: false }}>
            <ProFormRadio.Group
              name="grade"
              label="评议等次"
              radioType="button"
              options={appraisal.grades}
              rules={[{ required: true, message: '请选择评议等次' }]}
              extra={appraisal.gradesDefaulted ?? undefined}
            />
            <ProFormTextArea name="comment" label="评议意见" fieldProps={{ rows: 3, showCount: true, maxLength: 2000 }} />
          </ProForm>
        </>
      ) : (
        <Typography.Text type="secondary">尚未评议</Typography.Text>
      )}
    </Space>
  );
}
