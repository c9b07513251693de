import { ModalForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { DutyView } from '../api/views';
import { showRefusal } from '../errors/form-refusal';
import { extensionBody, extensionChecks, type ExtensionValues } from '../forms/duty-forms';

/** 申请延期: a later day and the reason; a supervisor decides. */
export function ExtensionForm({ duty, onDone }: { duty: DutyView; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtensionValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const dueDay = dayjs(duty.dueAt).format('YYYY-MM-DD');

  return (
    <ModalForm<ExtensionValues>
      title="申请延期"
      form={form}
      trigger={<Button>申请延期</Button>}
      modalProps={{ destroyOnHidden: true, onCancel: () => setProblem(null) }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          await unwrap(api.POST('/duties/{id}/extension-requests', { params: { path: { id: duty.id } }, body: extensionBody(values) }));
          message.success('延期申请已提交，等待监督人员审批');
          onDone();
          return true;
        } catch (error) {
          // The API names the moment `newDueAt`; the form picks its day.
          setProblem(showRefusal(form, error, ['reason', 'newDueAt'], { newDueAt: 'newDueDay' }));
          return false;
        }
      }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <ProFormDatePicker
        name="newDueDay"
        label={`新的截止日期（现为 ${dueDay}）`}
        width="md"
        fieldProps={{ disabledDate: (day: Dayjs) => !day.isAfter(dayjs(dueDay), 'day') }}
        rules={[{ validator: async (_: unknown, value?: Dayjs | string) => { const reason = extensionChecks.newDueDay(value ? dayjs(value).format('YYYY-MM-DD') : undefined, dueDay); if (reason) throw new Error(reason); } }]}
      />
      <ProFormTextArea
        name="reason"
        label="延期理由"
        fieldProps={{ rows: 3, showCount: true, maxLength: 2000 }}
        rules={[{ validator: async (_: unknown, value?: string) => { const reason = extensionChecks.reason(value); if (reason) throw new Error(reason); } }]}
      />
    </ModalForm>
  );
}
