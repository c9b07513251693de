import { ModalForm, ProForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { DutyView } from '../../../api/views';
import { showRefusal } from '../../../errors/form-refusal';
import { APPOINTMENT_KIND_LABELS, INCIDENT_KIND_LABELS, options, PERSONAL_INCIDENT_KINDS } from './labels';
import {
  appointmentBody,
  appointmentChecks,
  divisionChangeBody,
  divisionChangeChecks,
  incidentBody,
  incidentChecks,
  rule,
  type AppointmentValues,
  type DivisionChangeValues,
  type IncidentValues,
} from './org-forms';
import type { Position } from './org-views';
import { PersonSelect } from './PersonSelect';

const problemAlert = (problem: string | null) => problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />;

/** Date pickers hand the validator a dayjs; the API and the checks want the calendar day. */
const dayRule = (check: (day: string | undefined) => string | null) => rule((value?: unknown) => check(value ? dayjs(value as string).format('YYYY-MM-DD') : undefined));

interface EventAnswer {
  duties?: DutyView[];
  skipped?: unknown[];
  pending?: boolean;
}

const issuedText = (answer: EventAnswer) => (answer.duties && answer.duties.length > 0 ? `，生成事项 ${answer.duties.length} 项` : answer.pending ? '，相应事项正在生成' : '');

/** 登记任免: 任职、调任、免职 on a day (today or earlier: at once; later: when the day comes), with its 文号. */
export function AppointmentForm({ organizationId, positions, onDone }: { organizationId: string; positions: readonly Position[]; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AppointmentValues>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<AppointmentValues>
      title="登记任免"
      form={form}
      trigger={<Button type="primary">登记任免</Button>}
      initialValues={{ kind: 'appointment' }}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认登记' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          await unwrap(api.POST('/appointments', { body: appointmentBody({ ...values, organizationId }) as never }));
          message.success(values.effectiveOn! > dayjs().format('YYYY-MM-DD') ? `已登记，将于 ${values.effectiveOn} 生效` : '已登记，任免已生效');
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, ['kind', 'positionId', 'personId', 'effectiveOn', 'documentNo']));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormSelect name="kind" label="任免类别" options={options(APPOINTMENT_KIND_LABELS)} rules={[rule(appointmentChecks.kind)]} extra="调任：同时免去其他职务" />
      <ProFormSelect
        name="positionId"
        label="职位"
        options={positions.map((position) => ({ value: position.id, label: `${position.title}（现任：${position.holder?.name ?? '空缺'}）` }))}
        rules={[rule(appointmentChecks.positionId)]}
        fieldProps={{ notFoundContent: '该组织尚未设置职位' }}
      />
      <ProForm.Item name="personId" label="人员" rules={[rule(appointmentChecks.personId)]} extra="免职时选被免去的人员">
        <PersonSelect />
      </ProForm.Item>
      <ProFormDatePicker name="effectiveOn" label="生效日期" width="md" rules={[dayRule(appointmentChecks.effectiveOn)]} extra="今天或以前立即生效，以后的日期到期生效" />
      <ProFormText name="documentNo" label="任免文号" placeholder="如：某党〔2027〕12号" rules={[rule(appointmentChecks.documentNo)]} />
    </ModalForm>
  );
}

/** 登记事件: what happened in the organization; the strategy pack decides the duties it starts. */
export function IncidentForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<IncidentValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  return (
    <ModalForm<IncidentValues>
      title="登记事件"
      form={form}
      trigger={<Button type="primary">登记事件</Button>}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认登记' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          const answer = await unwrap<EventAnswer>(api.POST('/organizations/{organizationId}/incidents', { params: { path: { organizationId } }, body: incidentBody(values) as never }));
          message.success(`已登记事件${issuedText(answer)}`);
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, ['kind', 'occurredOn', 'description', 'personId']));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormSelect name="kind" label="事件类别" options={options(INCIDENT_KIND_LABELS)} rules={[rule(incidentChecks.kind)]} />
      <ProFormDatePicker name="occurredOn" label="发生（发现）日期" width="md" rules={[dayRule(incidentChecks.occurredOn)]} />
      <ProFormTextArea name="description" label="事件经过" rules={[rule(incidentChecks.description)]} fieldProps={{ rows: 4, showCount: true, maxLength: 4000 }} />
      <ProForm.Item
        name="personId"
        label="涉及的班子成员"
        dependencies={['kind']}
        extra={kind && PERSONAL_INCIDENT_KINDS.includes(kind) ? undefined : '可不填；“领导班子成员有苗头性、倾向性问题”须填写'}
        rules={[({ getFieldValue }: { getFieldValue: (name: string) => string | undefined }) => rule((id?: string) => incidentChecks.personId(id, getFieldValue('kind')))]}
      >
        <PersonSelect />
      </ProForm.Item>
      <Typography.Text type="secondary">按策略包生成专题约谈、专题民主生活会等事项。</Typography.Text>
    </ModalForm>
  );
}

/** 登记分工调整: starts the duty of reporting it to the superior committee. */
export function DivisionChangeForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DivisionChangeValues>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<DivisionChangeValues>
      title="登记分工调整"
      form={form}
      trigger={<Button type="primary">登记分工调整</Button>}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认登记' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          const answer = await unwrap<EventAnswer>(api.POST('/organizations/{organizationId}/division-changes', { params: { path: { organizationId } }, body: divisionChangeBody(values) }));
          message.success(`已登记分工调整${issuedText(answer)}`);
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, ['changedOn', 'description']));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormDatePicker name="changedOn" label="调整日期" width="md" rules={[dayRule(divisionChangeChecks.changedOn)]} />
      <ProFormTextArea name="description" label="调整内容" placeholder="如：调整副书记、纪委书记分管范围" rules={[rule(divisionChangeChecks.description)]} fieldProps={{ rows: 4, showCount: true, maxLength: 4000 }} />
    </ModalForm>
  );
}
