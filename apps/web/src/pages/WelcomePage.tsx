import { PageContainer } from '@ant-design/pro-components';
import { Result } from 'antd';
import { useAuth } from '../auth/AuthProvider';

/** For a person with no menu (no position, no supervision, no administration): nothing asks anything of them. */
export default function WelcomePage() {
  const { me } = useAuth();
  return (
    <PageContainer title="欢迎">
      <Result status="info" title={`${me?.person.name ?? ''}，您好`} subTitle="您目前没有担任职务，也没有监督或管理的组织，暂无需要处理的事项。" />
    </PageContainer>
  );
}
