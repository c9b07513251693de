import { ProTable } from '@ant-design/pro-components';
import { Alert, Button, Card, Descriptions, Table, Tag, Tooltip, Typography } from 'antd';
import { effectiveRows, type EffectiveFieldRow, type EffectiveRow } from './config-text';
import type { EffectiveConfiguration, EffectiveObligation } from './config-views';

const SOURCE_COLOURS: Record<EffectiveFieldRow['sourceKind'], string> = { pack: 'blue', default: 'default', own_override: 'orange', inherited_override: 'gold' };

/** 生效配置: every obligation in force with each field's value and where it comes from; 覆盖 opens the override form. */
export function EffectiveCard({ config, canManage, onOverride }: { config: EffectiveConfiguration; canManage: boolean; onOverride: (obligation: EffectiveObligation) => void }) {
  if (!config.pack) {
    return (
      <Card title="生效配置">
        <Alert type="warning" showIcon message={config.message ?? '该组织及其上级均未选择策略包'} />
      </Card>
    );
  }
  const rows = effectiveRows(config);
  return (
    <Card title="生效配置" extra={<Typography.Text type="secondary">{`${config.pack.title}（${config.pack.version}），${rows.length} 项义务`}</Typography.Text>}>
      <ProTable<EffectiveRow>
        rowKey="templateId"
        size="small"
        search={false}
        options={false}
        toolBarRender={false}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (row) => (
            <>
              <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
                <Descriptions.Item label="出处">{row.citation}</Descriptions.Item>
                {row.defaulted && <Descriptions.Item label="产品默认说明">{row.defaulted}</Descriptions.Item>}
              </Descriptions>
              <Table<EffectiveFieldRow>
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={row.fields}
                columns={[
                  { title: '项目', dataIndex: 'label', width: 140 },
                  { title: '生效值', dataIndex: 'value' },
                  { title: '来源', dataIndex: 'source', width: 220, render: (_, f) => <Tag color={SOURCE_COLOURS[f.sourceKind]}>{f.source}</Tag> },
                  { title: '理由或说明', dataIndex: 'note', render: (_, f) => f.note ?? '—' },
                ]}
              />
            </>
          ),
        }}
        columns={[
          { title: '义务', dataIndex: 'title', width: 220 },
          { title: '责任人', dataIndex: 'responsible', width: 140 },
          { title: '对象', dataIndex: 'counterpart', width: 160 },
          { title: '周期', dataIndex: 'cadenceLabel', width: 90 },
          { title: '状态', dataIndex: 'enabled', width: 70, render: (_, row) => (row.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '覆盖',
            dataIndex: 'overridden',
            width: 90,
            render: (_, row) => (row.overridden ? <Tooltip title="展开查看各项来源与理由"><Tag color="orange">{`${row.overridden} 项`}</Tag></Tooltip> : '—'),
          },
          ...(canManage
            ? [
                {
                  title: '操作',
                  valueType: 'option' as const,
                  width: 80,
                  render: (_: unknown, row: EffectiveRow) => [
                    <Button key="override" type="link" size="small" aria-label={`覆盖 ${row.title}`} onClick={() => onOverride(config.obligations.find((o) => o.templateId === row.templateId)!)}>
                      修改覆盖
                    </Button>,
                  ],
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
