import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Drawer, Grid } from 'antd';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { DutyView, Page } from '../../api/views';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { formatMoment } from '../../duties/format';
import { messageOf } from '../../errors/api-error';
import { drillPage, type Drill } from './dashboard-figures';

/** The dashboard hands over the API's own query for a figure (its scope and filter): the list takes it as it is. */
type DutiesQuery = NonNullable<paths['/duties']['get']['parameters']['query']>;

const columns: ProColumns<DutyView>[] = [
  { title: '', dataIndex: 'colour', width: 48, render: (_, duty) => <DutyColourTag colour={duty.colour} /> },
  { title: '事项', dataIndex: 'title', render: (_, duty) => <Link to={`/duties/${duty.id}`}>{duty.title}</Link> },
  { title: '责任单位', dataIndex: ['organization', 'name'] },
  { title: '责任人', dataIndex: ['responsible', 'name'] },
  { title: '状态', dataIndex: 'statusLabel' },
  { title: '截止', dataIndex: 'dueAt', render: (_, duty) => formatMoment(duty.dueAt) },
  { title: '完成', dataIndex: 'completedAt', render: (_, duty) => formatMoment(duty.completedAt) },
];

/** The duties behind a figure: GET /duties with the figure's query, a page at a time; its total is the figure. */
export function DrillDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={!!drill} onClose={onClose} title={drill?.title} width={screens.lg ? 960 : '100%'} destroyOnHidden>
      {drill && (
        <ProTable<DutyView>
          rowKey="id"
          columns={columns}
          search={false}
          options={{ density: false, setting: false, reload: true }}
          scroll={{ x: 'max-content' }}
          params={drill.query}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 项` }}
          request={async (params) => {
            try {
              const query = drillPage(drill.query, params) as DutiesQuery;
              const page = await unwrap<Page<DutyView>>(api.GET('/duties', { params: { query } }));
              return { data: page.items, total: page.total, success: true };
            } catch (error) {
              message.error(messageOf(error));
              return { data: [], total: 0, success: false };
            }
          }}
        />
      )}
    </Drawer>
  );
}
