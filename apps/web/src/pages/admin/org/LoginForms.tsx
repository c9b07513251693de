import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Form, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { formatMoment } from '../../../duties/format';
import { messageOf } from '../../../errors/api-error';
import { showRefusal } from '../../../errors/form-refusal';
import { createLoginBody, loginChecks, rule, type LoginValues } from './org-forms';
import type { LoginAccount, Person } from './org-views';
import { showFormRefusal } from './refusals';

const problemAlert = (problem: string | null) => problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />;

const PASSWORD_HINT = '至少 10 个字符，且须同时包含字母和数字';

function passwordFields(needed: boolean) {
  return (
    <>
      <ProFormText.Password name="password" label={needed ? '新密码' : '初始密码'} placeholder={needed ? PASSWORD_HINT : `可不填；${PASSWORD_HINT}`} rules={[rule((value?: string) => loginChecks.password(value, needed))]} fieldProps={{ autoComplete: 'new-password' }} />
      <ProFormText.Password
        name="confirm"
        label="再次输入密码"
        dependencies={['password']}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[({ getFieldValue }) => rule((value?: string) => loginChecks.confirm(value, getFieldValue('password')))]}
      />
    </>
  );
}

/**
 * 登录账号 of a person (PUT /people/:id/login): create one (or rename it), reset its password, disable or enable it.
 * The API does not say whether an account exists before one of these is done; the last answer is shown.
 */
export function LoginPanel({ person }: { person: Person }) {
  const { message } = App.useApp();
  const [account, setAccount] = useState<LoginAccount | null>(null);
  const [createForm] = Form.useForm<LoginValues>();
  const [resetForm] = Form.useForm<LoginValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [actionProblem, setActionProblem] = useState<string | null>(null);

  const put = (body: { login?: string; password?: string; disabled?: boolean }) =>
    unwrap<LoginAccount>(api.PUT('/people/{id}/login', { params: { path: { id: person.id } }, body }));

  const setDisabled = async (disabled: boolean) => {
    setActionProblem(null);
    try {
      setAccount(await put({ disabled }));
      message.success(disabled ? '已停用该账号，其现有会话已失效' : '已启用该账号');
    } catch (error) {
      setActionProblem(messageOf(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {account && (
        <Descriptions column={1} size="small" bordered title="最近一次操作后的账号">
          <Descriptions.Item label="登录名">{account.login}</Descriptions.Item>
          <Descriptions.Item label="状态">{account.disabled ? <Tag>已停用</Tag> : <Tag color="green">可登录</Tag>}{account.systemAdmin && <Tag color="purple">系统管理员</Tag>}</Descriptions.Item>
          <Descriptions.Item label="密码设置于">{account.passwordChangedAt ? formatMoment(account.passwordChangedAt) : '尚未设置密码（不能登录）'}</Descriptions.Item>
        </Descriptions>
      )}
      <Space wrap>
        <ModalForm<LoginValues>
          title={`为${person.name}开通账号`}
          form={createForm}
          trigger={<Button type="primary">开通账号或改登录名</Button>}
          modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '保存修改' }}
          onFinish={async (values) => {
            setProblem(null);
            try {
              setAccount(await put(createLoginBody(values)));
              message.success('账号已保存');
              return true;
            } catch (error) {
              setProblem(showFormRefusal(createForm, error, ['login', 'password']));
              return false;
            }
          }}
        >
          {problemAlert(problem)}
          <Typography.Paragraph type="secondary">已有账号时，这里改的是登录名（不改密码时密码可不填）。</Typography.Paragraph>
          <ProFormText name="login" label="登录名" placeholder="小写字母、数字、点、下划线、连字符，3–64 个字符" rules={[rule(loginChecks.login)]} fieldProps={{ autoComplete: 'off' }} />
          {passwordFields(false)}
        </ModalForm>
        <ModalForm<LoginValues>
          title={`重置${person.name}的密码`}
          form={resetForm}
          trigger={<Button>重置密码</Button>}
          modalProps={{ destroyOnHidden: true, afterClose: () => setProblem(null), okText: '确认重置' }}
          onFinish={async (values) => {
            setProblem(null);
            try {
              setAccount(await put({ password: values.password }));
              message.success('密码已重置，该用户的全部会话已失效');
              return true;
            } catch (error) {
              setProblem(showRefusal(resetForm, error, ['password']));
              return false;
            }
          }}
        >
          {problemAlert(problem)}
          {passwordFields(true)}
        </ModalForm>
        <Popconfirm title="停用该账号？" description="停用后不能登录，现有会话立即失效" okText="确认停用" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => setDisabled(true)}>
          <Button danger>停用账号</Button>
        </Popconfirm>
        <Popconfirm title="启用该账号？" okText="确认启用" cancelText="取消" onConfirm={() => setDisabled(false)}>
          <Button>启用账号</Button>
        </Popconfirm>
      </Space>
      {actionProblem && <Alert type="error" showIcon message={actionProblem} />}
    </Space>
  );
}
