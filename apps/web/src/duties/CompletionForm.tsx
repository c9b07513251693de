import { ModalForm, ProFormDatePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { DutyView } from '../api/views';
import { showRefusal } from '../errors/form-refusal';
import { formatCounterpart } from './format';
import { completionBody, completionChecks, evidenceFileProblem, evidenceRequirementText, type CompletionValues } from '../forms/duty-forms';

/** The API's fields: `evidence` is its refusal of a completion without the file the template asks. */
const FIELDS = ['heldOn', 'counterpartPersonId', 'note', 'evidence'];

/** Where the form shows the uploaded files against what the template asks (no input: files are uploaded on the duty page). */
function EvidenceStatus({ files, wanted }: { files: number; wanted: string | undefined }) {
  if (files > 0) return <Typography.Text>已上传 {files} 份</Typography.Text>;
  return <Typography.Text type={wanted ? 'danger' : 'secondary'}>{wanted ? `尚未上传${wanted}` : '尚未上传（本事项不要求）'}</Typography.Text>;
}

/**
 * 登记完成: the day, the person actually talked to (the duty's by default), what was done — and what the duty's
 * template asks as evidence (`evidenceRequired`): a file it asks must be uploaded first, or the form refuses.
 */
export function CompletionForm({ duty, evidenceFiles, onDone }: { duty: DutyView; evidenceFiles: number; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CompletionValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const counterpart = duty.counterpart ? [{ value: duty.counterpart.id, label: formatCounterpart(duty.counterpart) }] : [];
  const asked = evidenceRequirementText(duty.evidenceRequired);
  const wantedFile = duty.evidenceRequired.find((r) => r.item === 'file')?.label;
  // The template's own word for the day (谈话日期 for a talk, 履职日期 otherwise), when it asks one.
  const dayLabel = duty.evidenceRequired.find((r) => r.item === 'heldOn')?.label ?? '谈话（履职）日期';

  return (
    <ModalForm<CompletionValues>
      title="登记完成"
      form={form}
      trigger={<Button type="primary">登记完成</Button>}
      modalProps={{ destroyOnHidden: true, onCancel: () => setProblem(null) }}
      initialValues={{ counterpartPersonId: duty.counterpart?.id }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          await unwrap(api.POST('/duties/{id}/completion', { params: { path: { id: duty.id } }, body: completionBody(values) }));
          message.success('已登记完成，提醒随即停止');
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, FIELDS));
          return false;
        }
      }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {asked && <Alert type="info" showIcon message={`本事项${asked}`} style={{ marginBottom: 16 }} />}
      <ProFormDatePicker
        name="heldOn"
        label={dayLabel}
        width="md"
        fieldProps={{ disabledDate: (day: Dayjs) => day.isAfter(dayjs(), 'day') }}
        rules={[{ validator: async (_: unknown, value?: Dayjs | string) => { const reason = completionChecks.heldOn(value ? dayjs(value).format('YYYY-MM-DD') : undefined); if (reason) throw new Error(reason); } }]}
      />
      {duty.counterpart && (
        <ProFormSelect
          name="counterpartPersonId"
          label="谈话对象"
          width="md"
          showSearch
          debounceTime={300}
          tooltip="默认为事项指定的对象；实际对象不同时可搜索姓名更换"
          request={async ({ keyWords }: { keyWords?: string }) => {
            if (!keyWords) return counterpart;
            const people = await unwrap<{ id: string; name: string }[]>(api.GET('/people', { params: { query: { q: keyWords } } }));
            return people.slice(0, 50).map((person) => ({ value: person.id, label: person.name }));
          }}
        />
      )}
      <ProFormTextArea
        name="note"
        label="情况说明"
        fieldProps={{ rows: 4, showCount: true, maxLength: 4000 }}
        rules={[{ validator: async (_: unknown, value?: string) => { const reason = completionChecks.note(value); if (reason) throw new Error(reason); } }]}
      />
      <Form.Item
        name="evidence"
        label="佐证材料"
        required={!!wantedFile}
        rules={[{ validator: async () => { const reason = evidenceFileProblem(duty.evidenceRequired, evidenceFiles); if (reason) throw new Error(reason); } }]}
      >
        <EvidenceStatus files={evidenceFiles} wanted={wantedFile} />
      </Form.Item>
    </ModalForm>
  );
}
