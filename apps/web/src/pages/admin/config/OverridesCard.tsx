import { ProTable } from '@ant-design/pro-components';
import { Card, Tag } from 'antd';
import { formatMoment } from '../../../duties/format';
import { fieldValueText } from './config-text';
import type { EffectiveConfiguration, OverridableField, OverrideRecord } from './config-views';

/** 覆盖记录: the organization's overrides, newest first, with the superseded ones and their reasons. */
export function OverridesCard({ records, config }: { records: OverrideRecord[]; config: EffectiveConfiguration }) {
  const titleOf = (templateId: string) => config.obligations.find((o) => o.templateId === templateId)?.title ?? templateId;
  const labelOf = (templateId: string, field: string) => config.obligations.find((o) => o.templateId === templateId)?.fields[field as OverridableField]?.label ?? field;
  return (
    <Card title="覆盖记录">
      <ProTable<OverrideRecord>
        rowKey="id"
        size="small"
        search={false}
        options={false}
        toolBarRender={false}
        dataSource={records}
        pagination={records.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: '本组织没有覆盖记录' }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (_, r) => formatMoment(r.createdAt) },
          { title: '义务', dataIndex: 'templateId', width: 180, render: (_, r) => titleOf(r.templateId) },
          {
            title: '覆盖内容',
            dataIndex: 'fields',
            render: (_, r) =>
              Object.keys(r.fields).length === 0
                ? '撤销覆盖'
                : Object.entries(r.fields)
                    .map(([field, value]) => `${labelOf(r.templateId, field)}：${fieldValueText(field as OverridableField, value)}`)
                    .join('；'),
          },
          { title: '理由', dataIndex: 'reason', width: 260 },
          { title: '作用于未完成事项', dataIndex: 'appliedToOpenDuties', width: 130, render: (_, r) => (r.appliedToOpenDuties ? '是' : '否（自下一周期）') },
          {
            title: '状态',
            dataIndex: 'supersededAt',
            width: 170,
            render: (_, r) => (r.supersededAt ? <Tag>{`已被替代（${formatMoment(r.supersededAt)}）`}</Tag> : <Tag color="green">生效中</Tag>),
          },
        ]}
      />
    </Card>
  );
}
