import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { LoginForm, ProFormText } from '@ant-design/pro-components';
import { Alert, Form } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { safeNext } from '../auth/next';
import { showRefusal } from '../errors/form-refusal';

interface Credentials {
  login: string;
  password: string;
}

export default function LoginPage() {
  const { me, login } = useAuth();
  const [form] = Form.useForm<Credentials>();
  const [problem, setProblem] = useState<string | null>(null);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const submit = async ({ login: name, password }: Credentials) => {
    setProblem(null);
    try {
      await login(name, password);
      navigate(next, { replace: true });
    } catch (error) {
      setProblem(showRefusal(form, error, ['login', 'password']));
    }
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', paddingTop: '8vh' }}>
      <LoginForm<Credentials> form={form} title="督办工作台" subTitle="监督职责的提醒、督促与逐级升级" onFinish={submit}>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 24 }} />}
        <ProFormText
          name="login"
          fieldProps={{ size: 'large', prefix: <UserOutlined />, autoComplete: 'username' }}
          placeholder="登录名"
          rules={[{ required: true, message: '请输入登录名' }]}
        />
        <ProFormText.Password
          name="password"
          fieldProps={{ size: 'large', prefix: <LockOutlined />, autoComplete: 'current-password' }}
          placeholder="密码"
          rules={[{ required: true, message: '请输入密码' }]}
        />
      </LoginForm>
    </div>
  );
}
