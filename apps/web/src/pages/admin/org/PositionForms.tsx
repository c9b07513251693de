import { ModalForm, ProForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Alert, App, Button, Form } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { showRefusal } from '../../../errors/form-refusal';
import { ROLE_LABELS, options } from './labels';
import { holderBody, holderChecks, positionBody, positionChecks, rule, type HolderValues, type PositionValues } from './org-forms';
import type { Position } from './org-views';
import { PersonSelect } from './PersonSelect';
import { showFormRefusal } from './refusals';

const problemAlert = (problem: string | null) => problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />;

/** 新建职位: a role (一把手, 纪委书记… one each; 班子成员 many), its title, optionally its first holder. */
export function CreatePositionForm({ organizationId, organizationName, onDone }: { organizationId: string; organizationName: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PositionValues>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<PositionValues>
      title={`在“${organizationName}”设置职位`}
      form={form}
      trigger={<Button type="primary">新建职位</Button>}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认新建' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          await unwrap(api.POST('/organizations/{organizationId}/positions', { params: { path: { organizationId } }, body: positionBody(values) as never }));
          message.success('已新建职位');
          onDone();
          return true;
        } catch (error) {
          setProblem(showFormRefusal(form, error, ['role', 'title', 'holderId']));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormSelect name="role" label="职位角色" options={options(ROLE_LABELS)} rules={[rule(positionChecks.role)]} extra="一把手、纪委书记、组织部长、审计部门负责人每个组织只设一个；班子成员可设多个" />
      <ProFormText name="title" label="职务名称" placeholder="可不填，按角色命名；如：党委书记" rules={[rule(positionChecks.title)]} />
      <ProForm.Item name="holderId" label="任职人" extra="可不填，之后再任命">
        <PersonSelect />
      </ProForm.Item>
    </ModalForm>
  );
}

/** 任命 or 免去现任: sets the holder now (an appointment effective today, the same as 登记任免). */
export function HolderForm({ position, onDone }: { position: Position; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<HolderValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const submit = async (values: HolderValues, vacate: boolean) => {
    setProblem(null);
    try {
      await unwrap(api.PUT('/positions/{id}/holder', { params: { path: { id: position.id } }, body: holderBody(values, vacate) }));
      message.success(vacate ? `已免去${position.holder?.name ?? ''}的${position.title}职务，职位空缺` : '已任命');
      setOpen(false);
      onDone();
      return true;
    } catch (error) {
      setProblem(showRefusal(form, error, ['personId', 'documentNo']));
      return false;
    }
  };

  const vacate = async () => {
    form.setFields([{ name: 'personId', errors: [] }]);
    const values = await form.validateFields(['documentNo']).catch(() => null);
    if (values) await submit(values, true);
  };

  return (
    <ModalForm<HolderValues>
      title={`${position.title}：任命或免去`}
      form={form}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button type="link" size="small">
          任命或免去
        </Button>
      }
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认任命' }}
      submitter={{ render: (_, dom) => [position.holder ? <Button key="vacate" danger onClick={() => void vacate()}>免去现任</Button> : null, ...dom] }}
      onFinish={async (values) => {
        if (!values.personId) {
          form.setFields([{ name: 'personId', errors: ['请选择要任命的人员'] }]);
          return false;
        }
        return submit(values, false);
      }}
    >
      <Alert type="info" showIcon message={`现任：${position.holder?.name ?? '空缺'}`} description="今日生效，与登记任免相同：职位的未完成事项转给新任职人，新任一把手的任职谈话等事项随之生成。以后的日期请到“任免与事件”登记。" style={{ marginBottom: 16 }} />
      {problemAlert(problem)}
      <ProForm.Item name="personId" label="任命人员" extra={position.holder ? '免去现任时不用选择' : undefined}>
        <PersonSelect />
      </ProForm.Item>
      <ProFormText name="documentNo" label="任免文号" placeholder="可不填，如：某组〔2026〕8号" rules={[rule(holderChecks.documentNo)]} />
    </ModalForm>
  );
}
