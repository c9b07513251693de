import { ModalForm, ProForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Form } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { showRefusal } from '../../../errors/form-refusal';
import { orgLabel, type OrgNode } from './org-forest';
import { createOrganizationBody, dissolutionChecks, organizationChecks, rule, updateOrganizationBody, type OrganizationValues } from './org-forms';
import type { Organization } from './org-views';
import { OrgPicker } from './OrgPicker';
import { showFormRefusal } from './refusals';

const problemAlert = (problem: string | null) => problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />;

/** 新建下级组织 (or, without a parent, 新建顶级组织: system administrators only). */
export function CreateOrganizationForm({ parent, onDone }: { parent: OrgNode | null; onDone: (created: Organization) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const title = parent ? `在“${parent.name}”下新建组织` : '新建顶级组织';
  return (
    <ModalForm<OrganizationValues>
      title={title}
      form={form}
      trigger={<Button type={parent ? 'primary' : 'default'} disabled={parent?.dissolved}>{parent ? '新建下级组织' : '新建顶级组织'}</Button>}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认新建' }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          const created = await unwrap<Organization>(api.POST('/organizations', { body: createOrganizationBody(values, parent?.id ?? null) }));
          message.success(`已新建组织：${created.name}`);
          onDone(created);
          return true;
        } catch (error) {
          setProblem(showFormRefusal(form, error, ['name', 'code', 'parentId'], { DUPLICATE: 'code' }));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormText name="name" label="组织名称" placeholder="如：中共某市委组织部" rules={[rule(organizationChecks.name)]} fieldProps={{ maxLength: 200 }} />
      <ProFormText name="code" label="组织代码" placeholder="可不填；字母、数字、下划线、点、连字符" tooltip="导入与对账用，全系统唯一" rules={[rule(organizationChecks.code)]} />
    </ModalForm>
  );
}

/** 修改: the name, and the parent (a move; under its own subtree the API refuses it on parentId). */
export function UpdateOrganizationForm({ node, forest, systemAdmin, onDone }: { node: OrgNode; forest: readonly OrgNode[]; systemAdmin: boolean; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationValues>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<OrganizationValues>
      title={`修改组织：${orgLabel(node)}`}
      form={form}
      trigger={<Button disabled={node.dissolved}>修改名称或上级</Button>}
      initialValues={{ name: node.name, parentId: node.parentId ?? undefined }}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '保存修改' }}
      onFinish={async (values) => {
        setProblem(null);
        const body = updateOrganizationBody({ name: values.name, parentId: values.parentId ?? null }, { name: node.name, parentId: node.parentId });
        if (Object.keys(body).length === 0) {
          message.info('没有改动');
          return true;
        }
        try {
          await unwrap(api.PATCH('/organizations/{id}', { params: { path: { id: node.id } }, body }));
          message.success(body.parentId !== undefined ? '已修改，组织已移到新的上级之下' : '已修改组织名称');
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, ['name', 'parentId']));
          return false;
        }
      }}
    >
      {problemAlert(problem)}
      <ProFormText name="name" label="组织名称" rules={[rule(organizationChecks.name)]} fieldProps={{ maxLength: 200 }} />
      <ProForm.Item
        name="parentId"
        label="上级组织"
        tooltip="移动组织：连同其全部下级一起移到新的上级之下"
        extra={systemAdmin ? '清空则成为顶级组织（仅系统管理员）' : undefined}
        rules={systemAdmin ? [] : [{ required: true, message: '请选择上级组织' }]}
      >
        <OrgPicker forest={forest} allowClear={systemAdmin} placeholder="选择新的上级组织" style={{ width: '100%' }} />
      </ProForm.Item>
    </ModalForm>
  );
}

/** 撤销组织: with a reason, after a warning; the API refuses while living subordinates remain. */
export function DissolveOrganizationForm({ node, onDone }: { node: OrgNode; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalForm<{ reason?: string }>
      title={`撤销组织：${node.name}`}
      form={form}
      trigger={<Button danger disabled={node.dissolved}>撤销组织</Button>}
      modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认撤销', okButtonProps: { danger: true } }}
      onFinish={async (values) => {
        setProblem(null);
        try {
          const answer = await unwrap<{ cancelledDuties?: number }>(api.POST('/organizations/{id}/dissolution', { params: { path: { id: node.id } }, body: { reason: values.reason!.trim() } }));
          message.success(`已撤销“${node.name}”${answer.cancelledDuties ? `，取消未完成事项 ${answer.cancelledDuties} 项` : ''}`);
          onDone();
          return true;
        } catch (error) {
          setProblem(showRefusal(form, error, ['reason']));
          return false;
        }
      }}
    >
      <Alert type="warning" showIcon message="撤销后不可恢复" description="该组织未完成的事项将一并取消，并注明撤销原因。须先调整或撤销其全部下级组织。" style={{ marginBottom: 16 }} />
      {problemAlert(problem)}
      <ProFormTextArea name="reason" label="撤销原因" placeholder="如：机构改革，与某局合并" rules={[rule(dissolutionChecks.reason)]} fieldProps={{ rows: 3, showCount: true, maxLength: 1000 }} />
    </ModalForm>
  );
}
