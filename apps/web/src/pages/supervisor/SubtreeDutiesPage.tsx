import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Drawer, Grid } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { DutyView, Page } from '../../api/views';
import { STATUS_LABELS } from '../../duties/colour';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { formatMoment } from '../../duties/format';
import { WarningNotices } from '../../duties/WarningNotices';
import { messageOf } from '../../errors/api-error';
import { dutiesQuery, type DutySearch } from './duty-query';

const organizations = async () => {
  const list = await unwrap<{ id: string; name: string }[]>(api.GET('/organizations'));
  return list.map((organization) => ({ value: organization.id, label: organization.name }));
};

const people = async ({ keyWords }: { keyWords?: string }) => {
  if (!keyWords) return [];
  const list = await unwrap<{ id: string; name: string; email?: string }[]>(api.GET('/people', { params: { query: { q: keyWords } } }));
  return list.slice(0, 50).map((person) => ({ value: person.id, label: person.email ? `${person.name}（${person.email}）` : person.name }));
};

/** 事项总览: the duties of the subtrees the person supervises or administers, filtered and paged by the API. */
export default function SubtreeDutiesPage() {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [notices, setNotices] = useState<DutyView | null>(null);

  const columns: ProColumns<DutyView>[] = [
    { title: '', dataIndex: 'colour', width: 48, search: false, render: (_, duty) => <DutyColourTag colour={duty.colour} /> },
    { title: '事项', dataIndex: 'title', search: false, render: (_, duty) => <Link to={`/duties/${duty.id}`}>{duty.title}</Link> },
    {
      title: '责任单位',
      dataIndex: 'organizationId',
      valueType: 'select',
      request: organizations,
      fieldProps: { showSearch: true },
      render: (_, duty) => duty.organization.name,
    },
    { title: '含下级', dataIndex: 'subtree', valueType: 'switch', initialValue: true, hideInTable: true, tooltip: '选定责任单位后，是否包含其全部下级' },
    {
      title: '责任人',
      dataIndex: 'personId',
      valueType: 'select',
      request: people,
      fieldProps: { showSearch: true, placeholder: '输入姓名搜索' },
      debounceTime: 300,
      tooltip: '责任人或谈话对象',
      render: (_, duty) => duty.responsible.name,
    },
    { title: '对象', dataIndex: ['counterpart', 'name'], search: false, responsive: ['lg'], render: (_, duty) => duty.counterpart?.name ?? '—' },
    { title: '状态', dataIndex: 'status', valueType: 'select', valueEnum: Object.fromEntries(Object.entries(STATUS_LABELS).map(([key, text]) => [key, { text }])) },
    { title: '截止', dataIndex: 'dueAt', search: false, render: (_, duty) => formatMoment(duty.dueAt) },
    {
      title: '截止日期',
      dataIndex: 'dueRange',
      valueType: 'dateRange',
      hideInTable: true,
      search: { transform: (value: [string, string]) => ({ dueFrom: value[0], dueTo: value[1] }) },
    },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      render: (_, duty) => [
        <Button key="notices" type="link" size="small" onClick={() => setNotices(duty)}>
          预警函
        </Button>,
      ],
    },
  ];

  return (
    <PageContainer title="事项总览" subTitle={screens.md ? '您监督或管理的组织及其下级的事项' : undefined}>
      <ProTable<DutyView, DutySearch>
        rowKey="id"
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
        search={{ labelWidth: 'auto', defaultCollapsed: true }}
        options={{ density: false, setting: false }}
        request={async (params) => {
          try {
            const page = await unwrap<Page<DutyView>>(api.GET('/duties', { params: { query: dutiesQuery(params) } }));
            return { data: page.items, total: page.total, success: true };
          } catch (error) {
            message.error(messageOf(error));
            return { data: [], total: 0, success: false };
          }
        }}
      />
      <Drawer open={!!notices} onClose={() => setNotices(null)} title={`预警函：${notices?.title ?? ''}`} width={screens.md ? 520 : '100%'} destroyOnHidden>
        {notices && <WarningNotices dutyId={notices.id} />}
      </Drawer>
    </PageContainer>
  );
}
