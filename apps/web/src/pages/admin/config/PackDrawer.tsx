import { ProTable } from '@ant-design/pro-components';
import { Alert, Descriptions, Drawer, Grid } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../errors/api-error';
import { dueRuleText } from './config-text';
import type { PackDetail, PackTemplateView } from './config-views';

/** 策略包: every obligation template of one pack with its cadence, count, due rule and source clause. */
export function PackDrawer({ packId, onClose }: { packId: string | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const [pack, setPack] = useState<PackDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!packId) return;
    setPack(null);
    setProblem(null);
    unwrap<PackDetail>(api.GET('/packs/{packId}', { params: { path: { packId } } })).then(setPack, (error) => setProblem(messageOf(error)));
  }, [packId]);

  return (
    <Drawer open={!!packId} onClose={onClose} title={pack ? `策略包：${pack.title}` : '策略包'} width={screens.lg ? 1000 : '100%'} destroyOnHidden>
      {problem && <Alert type="error" showIcon message={problem} />}
      {pack && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="编号">{pack.id}</Descriptions.Item>
            <Descriptions.Item label="版本">{pack.version}</Descriptions.Item>
            <Descriptions.Item label="制发机关">{pack.issuer}</Descriptions.Item>
            <Descriptions.Item label="印发日期">{pack.issuedOn}</Descriptions.Item>
          </Descriptions>
          <ProTable<PackTemplateView>
            rowKey="id"
            size="small"
            search={false}
            options={false}
            toolBarRender={false}
            pagination={false}
            dataSource={pack.templates}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '义务', dataIndex: 'title', width: 200 },
              { title: '责任人', dataIndex: 'responsibleLabel', width: 140 },
              { title: '对象', dataIndex: 'counterpartLabel', width: 160 },
              { title: '周期', dataIndex: 'cadenceLabel', width: 80 },
              { title: '次数', dataIndex: 'minPerPeriod', width: 60 },
              { title: '截止', dataIndex: 'dueRule', width: 180, render: (_, t) => dueRuleText(t.dueRule) },
              { title: '出处', dataIndex: 'citationText', width: 280, ellipsis: true },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
