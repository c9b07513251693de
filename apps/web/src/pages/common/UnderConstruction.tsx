import { PageContainer } from '@ant-design/pro-components';
import { Result } from 'antd';

/** A page another part of the console will fill. */
export function UnderConstruction({ title }: { title: string }) {
  return (
    <PageContainer title={title}>
      <Result status="info" title="建设中" subTitle="该功能正在开发，敬请期待。" />
    </PageContainer>
  );
}
