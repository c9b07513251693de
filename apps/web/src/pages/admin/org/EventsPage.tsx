import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Badge, Button, Card, Descriptions, Drawer, Empty, Grid, List, Space, Tabs, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { api, download, unwrap } from '../../../api/client';
import type { DutyView } from '../../../api/views';
import { DutyColourTag } from '../../../duties/DutyColourTag';
import { formatDay, formatMoment } from '../../../duties/format';
import { messageOf } from '../../../errors/api-error';
import { findNode } from './org-forest';
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS, bySeat, type AppointmentKind } from './labels';
import type { Position } from './org-views';
import { AppointmentForm, DivisionChangeForm, IncidentForm } from './EventForms';
import { OrgPicker, useSelectedOrg } from './OrgPicker';
import { useOrgForest } from './useOrgForest';

interface Appointment {
  id: string;
  kind: AppointmentKind;
  status: string;
  person: { id: string; name?: string };
  position: { id: string; title?: string; role?: string };
  organizationId: string;
  effectiveOn: string;
  documentNo: string;
  appliedAt: string | null;
  recordedAt: string;
}

interface AppointmentDetail extends Appointment {
  duties: DutyView[];
  reminderLetter: { id: string; number: string; issuedAt: string } | null;
}

interface Incident {
  id: string;
  kind: string;
  kindLabel: string;
  occurredOn: string;
  description: string;
  personId: string | null;
  recordedAt: string;
}

interface DivisionChange {
  id: string;
  changedOn: string;
  description: string;
  recordedAt: string;
}

/** The duties an event started, each linking to its page. */
function EventDuties({ duties }: { duties: readonly DutyView[] }) {
  return (
    <List
      size="small"
      header={<Typography.Text strong>生成的事项</Typography.Text>}
      locale={{ emptyText: '未生成事项（或正在生成）' }}
      dataSource={[...duties]}
      renderItem={(duty) => (
        <List.Item>
          <Space wrap>
            <DutyColourTag colour={duty.colour} />
            <Link to={`/duties/${duty.id}`}>{duty.title}</Link>
            <Typography.Text type="secondary">
              {duty.responsible.name ?? ''} · {duty.statusLabel} · 截止 {formatMoment(duty.dueAt)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function useDetail<T>(path: string | null, read: (path: string) => Promise<T>): { detail: T | null; error: string | null } {
  const [state, setState] = useState<{ detail: T | null; error: string | null }>({ detail: null, error: null });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState({ detail: null, error: null });
    read(path).then(
      (detail) => live && setState({ detail, error: null }),
      (error) => live && setState({ detail: null, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);
  return state;
}

function AppointmentDrawerBody({ id }: { id: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { detail, error } = useDetail(id, (appointmentId) => unwrap<AppointmentDetail>(api.GET('/appointments/{id}', { params: { path: { id: appointmentId } } })));
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!detail) return <Card loading bordered={false} />;
  const status = APPOINTMENT_STATUS_LABELS[detail.status];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="类别">{APPOINTMENT_KIND_LABELS[detail.kind] ?? detail.kind}</Descriptions.Item>
        <Descriptions.Item label="人员">{detail.person.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="职位">{detail.position.title ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="生效日期">{detail.effectiveOn}</Descriptions.Item>
        <Descriptions.Item label="任免文号">{detail.documentNo}</Descriptions.Item>
        <Descriptions.Item label="状态">{status ? <Badge status={status.status.toLowerCase() as 'success'} text={status.text} /> : detail.status}</Descriptions.Item>
        <Descriptions.Item label="登记时间">{formatMoment(detail.recordedAt)}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title="巡察整改履责提醒函">
        {detail.reminderLetter ? (
          <Space direction="vertical">
            <Typography.Text>
              {detail.reminderLetter.number}（{formatMoment(detail.reminderLetter.issuedAt)} 发出）
            </Typography.Text>
            <Button
              loading={busy}
              onClick={async () => {
                setBusy(true);
                setProblem(null);
                try {
                  await download(`/reminder-letters/${detail.reminderLetter!.id}/pdf`, `履责提醒函-${detail.reminderLetter!.number}.pdf`);
                } catch (failure) {
                  setProblem(messageOf(failure));
                } finally {
                  setBusy(false);
                }
              }}
            >
              下载提醒函 PDF
            </Button>
            {problem && <Alert type="error" showIcon message={problem} />}
          </Space>
        ) : (
          <Typography.Text type="secondary">本次任免未发出提醒函</Typography.Text>
        )}
      </Card>
      <EventDuties duties={detail.duties} />
    </Space>
  );
}

function IncidentDrawerBody({ id }: { id: string }) {
  const { detail, error } = useDetail(id, (incidentId) => unwrap<Incident & { duties: DutyView[] }>(api.GET('/incidents/{id}', { params: { path: { id: incidentId } } })));
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!detail) return <Card loading bordered={false} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="类别">{detail.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="发生（发现）日期">{detail.occurredOn}</Descriptions.Item>
        <Descriptions.Item label="事件经过">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.description}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label="登记时间">{formatMoment(detail.recordedAt)}</Descriptions.Item>
      </Descriptions>
      <EventDuties duties={detail.duties} />
    </Space>
  );
}

/** A list the API answers whole for one organization (no paging there), paged here; asked again when the organization changes. */
function OrgTable<T extends { id: string }>({ orgId, columns, read, toolbar, reloadKey }: { orgId: string; columns: ProColumns<T>[]; read: (orgId: string) => Promise<T[]>; toolbar: ReactNode; reloadKey: number }) {
  const { message } = App.useApp();
  return (
    <ProTable<T, { orgId: string; reloadKey: number }>
      rowKey="id"
      columns={columns}
      params={{ orgId, reloadKey }}
      search={false}
      options={{ density: false, setting: false, reload: true }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      scroll={{ x: 'max-content' }}
      toolBarRender={() => [toolbar]}
      request={async (params) => {
        try {
          const rows = await read(params.orgId);
          return { data: rows, total: rows.length, success: true };
        } catch (error) {
          message.error(messageOf(error));
          return { data: [], total: 0, success: false };
        }
      }}
    />
  );
}

/** 任免与事件: the appointments, incidents and division changes of one organization, and recording new ones. */
export default function EventsPage() {
  const screens = Grid.useBreakpoint();
  const { forest, error } = useOrgForest();
  const [orgId, setOrgId] = useSelectedOrg();
  const [positions, setPositions] = useState<Position[]>([]);
  const [reloadKey, setReloadKey] = useState(0);
  const [drawer, setDrawer] = useState<{ kind: 'appointment' | 'incident'; id: string } | null>(null);
  const organization = findNode(forest, orgId);
  const refresh = () => setReloadKey((key) => key + 1);

  useEffect(() => {
    if (!orgId && forest[0]) setOrgId(forest[0].id);
  }, [orgId, forest, setOrgId]);

  useEffect(() => {
    if (!orgId) return;
    unwrap<Position[]>(api.GET('/organizations/{organizationId}/positions', { params: { path: { organizationId: orgId } } })).then(
      (list) => setPositions([...list].sort(bySeat)),
      () => setPositions([]),
    );
  }, [orgId, reloadKey]);

  const writable = organization && !organization.dissolved;

  const appointmentColumns: ProColumns<Appointment>[] = [
    { title: '生效日期', dataIndex: 'effectiveOn' },
    { title: '类别', dataIndex: 'kind', render: (_, row) => APPOINTMENT_KIND_LABELS[row.kind] ?? row.kind },
    { title: '人员', dataIndex: ['person', 'name'], render: (_, row) => row.person.name ?? '—' },
    { title: '职位', dataIndex: ['position', 'title'], render: (_, row) => row.position.title ?? '—' },
    { title: '任免文号', dataIndex: 'documentNo' },
    { title: '状态', dataIndex: 'status', valueEnum: APPOINTMENT_STATUS_LABELS },
    { title: '操作', valueType: 'option', render: (_, row) => [<Button key="detail" type="link" size="small" onClick={() => setDrawer({ kind: 'appointment', id: row.id })}>查看详情</Button>] },
  ];

  const incidentColumns: ProColumns<Incident>[] = [
    { title: '发生日期', dataIndex: 'occurredOn' },
    { title: '类别', dataIndex: 'kindLabel' },
    { title: '事件经过', dataIndex: 'description', ellipsis: true, width: 360 },
    { title: '登记时间', dataIndex: 'recordedAt', render: (_, row) => formatMoment(row.recordedAt) },
    { title: '操作', valueType: 'option', render: (_, row) => [<Button key="detail" type="link" size="small" onClick={() => setDrawer({ kind: 'incident', id: row.id })}>查看详情</Button>] },
  ];

  const divisionColumns: ProColumns<DivisionChange>[] = [
    { title: '调整日期', dataIndex: 'changedOn' },
    { title: '调整内容', dataIndex: 'description', ellipsis: true, width: 480 },
    { title: '登记时间', dataIndex: 'recordedAt', render: (_, row) => formatDay(row.recordedAt) },
  ];

  return (
    <PageContainer title="任免与事件" subTitle="登记任免、事件和分工调整，由此生成相应事项">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <span>组织</span>
          <OrgPicker forest={forest} allowDissolved value={orgId} onChange={(id) => setOrgId(id)} aria-label="选择组织" />
        </Space>
        {!orgId ? (
          <Empty description="请先选择组织" />
        ) : (
          <Tabs
            items={[
              {
                key: 'appointments',
                label: '任免',
                children: (
                  <OrgTable<Appointment>
                    orgId={orgId}
                    reloadKey={reloadKey}
                    columns={appointmentColumns}
                    read={(id) => unwrap<Appointment[]>(api.GET('/appointments', { params: { query: { organizationId: id } } }))}
                    toolbar={writable ? <AppointmentForm key="record" organizationId={orgId} positions={positions} onDone={refresh} /> : null}
                  />
                ),
              },
              {
                key: 'incidents',
                label: '事件',
                children: (
                  <OrgTable<Incident>
                    orgId={orgId}
                    reloadKey={reloadKey}
                    columns={incidentColumns}
                    read={(id) => unwrap<Incident[]>(api.GET('/organizations/{organizationId}/incidents', { params: { path: { organizationId: id } } }))}
                    toolbar={writable ? <IncidentForm key="record" organizationId={orgId} onDone={refresh} /> : null}
                  />
                ),
              },
              {
                key: 'division-changes',
                label: '分工调整',
                children: (
                  <OrgTable<DivisionChange>
                    orgId={orgId}
                    reloadKey={reloadKey}
                    columns={divisionColumns}
                    read={(id) => unwrap<DivisionChange[]>(api.GET('/organizations/{organizationId}/division-changes', { params: { path: { organizationId: id } } }))}
                    toolbar={writable ? <DivisionChangeForm key="record" organizationId={orgId} onDone={refresh} /> : null}
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
      <Drawer open={!!drawer} onClose={() => setDrawer(null)} title={drawer?.kind === 'incident' ? '事件详情' : '任免详情'} width={screens.md ? 600 : '100%'} destroyOnHidden>
        {drawer?.kind === 'appointment' && <AppointmentDrawerBody id={drawer.id} />}
        {drawer?.kind === 'incident' && <IncidentDrawerBody id={drawer.id} />}
      </Drawer>
    </PageContainer>
  );
}
