import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Drawer, Empty, Grid, Space, Switch, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { formatMoment } from '../../../duties/format';
import { messageOf } from '../../../errors/api-error';
import { findNode, orgLabel } from './org-forest';
import { bySeat, roleLabel, SUPERVISING_ROLES } from './labels';
import type { Holding, Person, Position } from './org-views';
import { OrgPicker, useSelectedOrg } from './OrgPicker';
import { CreatePositionForm, HolderForm } from './PositionForms';
import { useOrgForest } from './useOrgForest';

/** 任职记录: who held the seat when (GET /positions/:id/holdings), the names read once each. */
function Holdings({ position }: { position: Position }) {
  const [state, setState] = useState<{ holdings: Holding[]; names: Record<string, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const holdings = await unwrap<Holding[]>(api.GET('/positions/{id}/holdings', { params: { path: { id: position.id } } }));
        const ids = [...new Set(holdings.map((holding) => holding.personId))];
        const people = await Promise.all(ids.map((id) => unwrap<Person>(api.GET('/people/{id}', { params: { path: { id } } })).catch(() => null)));
        const names = Object.fromEntries(people.filter((person): person is Person => !!person).map((person) => [person.id, person.name]));
        if (live) setState({ holdings, names });
      } catch (failure) {
        if (live) setError(messageOf(failure));
      }
    })();
    return () => {
      live = false;
    };
  }, [position.id]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!state) return <Card loading bordered={false} />;
  if (state.holdings.length === 0) return <Empty description="该职位尚无任职记录" />;
  return (
    <Timeline
      items={[...state.holdings].reverse().map((holding) => ({
        color: holding.endedAt ? 'gray' : 'green',
        children: (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{state.names[holding.personId] ?? '（不在您的查看范围内）'}</Typography.Text>
            <Typography.Text type="secondary">
              {formatMoment(holding.startedAt)} 起{holding.endedAt ? `，${formatMoment(holding.endedAt)} 止` : '，现任'}
            </Typography.Text>
            <Space size={4}>
              {holding.auditPriorityFlaggedAt && <Tag color="orange">任职满 3 年：经济责任审计重点</Tag>}
              {holding.rotationFlaggedAt && <Tag color="red">同一岗位满 5 年：应予交流</Tag>}
            </Space>
          </Space>
        ),
      }))}
    />
  );
}

/** 监督职位: PUT /positions/:id/supervising; 纪委书记 and 组织部长 supervise by their role anyway. */
function SupervisingSwitch({ position, onDone }: { position: Position; onDone: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (SUPERVISING_ROLES.includes(position.role)) return <Tooltip title="纪委书记、组织部长按职位即为监督人员"><Tag color="blue">按职位监督</Tag></Tooltip>;
  return (
    <Space direction="vertical" size={0}>
      <Switch
        size="small"
        checked={position.supervising}
        loading={busy}
        aria-label={`${position.title}为监督职位`}
        checkedChildren="监督"
        unCheckedChildren="否"
        onChange={async (supervising) => {
          setBusy(true);
          setProblem(null);
          try {
            await unwrap(api.PUT('/positions/{id}/supervising', { params: { path: { id: position.id } }, body: { supervising } }));
            message.success(supervising ? `已将“${position.title}”设为监督职位` : `“${position.title}”不再是监督职位`);
            onDone();
          } catch (error) {
            setProblem(messageOf(error));
          } finally {
            setBusy(false);
          }
        }}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Space>
  );
}

/** 岗位与任职: the seats of one organization, their holders and history, and which of them supervise. */
export default function PositionsPage() {
  const screens = Grid.useBreakpoint();
  const { forest, error: forestError } = useOrgForest();
  const [orgId, setOrgId] = useSelectedOrg();
  const [positions, setPositions] = useState<Position[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<Position | null>(null);
  const organization = findNode(forest, orgId);

  useEffect(() => {
    if (!orgId && forest[0]) setOrgId(forest[0].id);
  }, [orgId, forest, setOrgId]);

  const load = useCallback(async () => {
    if (!orgId) return;
    setLoading(true);
    setError(null);
    try {
      const list = await unwrap<Position[]>(api.GET('/organizations/{organizationId}/positions', { params: { path: { organizationId: orgId } } }));
      setPositions([...list].sort(bySeat));
    } catch (failure) {
      setPositions([]);
      setError(messageOf(failure));
    } finally {
      setLoading(false);
    }
  }, [orgId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer title="岗位与任职" subTitle="组织的职位、任职人与任职记录，以及哪些职位有监督权">
      {(forestError || error) && <Alert type="error" showIcon message={forestError ?? error} style={{ marginBottom: 16 }} />}
      <Card
        title={
          <Space wrap>
            <span>组织</span>
            <OrgPicker forest={forest} allowDissolved value={orgId} onChange={(id) => setOrgId(id)} aria-label="选择组织" />
          </Space>
        }
        extra={organization && !organization.dissolved ? <CreatePositionForm organizationId={organization.id} organizationName={organization.name} onDone={() => void load()} /> : null}
      >
        {organization?.dissolved && <Alert type="warning" showIcon message={`${orgLabel(organization)}：只能查看`} style={{ marginBottom: 16 }} />}
        <Table<Position>
          rowKey="id"
          loading={loading}
          dataSource={positions}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: orgId ? '该组织尚未设置职位' : '请先选择组织' }}
          columns={[
            { title: '职务', dataIndex: 'title' },
            { title: '角色', dataIndex: 'role', render: (role: string) => roleLabel(role) },
            { title: '任职人', dataIndex: ['holder', 'name'], render: (_, position) => position.holder ? `${position.holder.name}（${position.holder.email}）` : <Typography.Text type="secondary">空缺</Typography.Text> },
            { title: '监督职位', dataIndex: 'supervising', render: (_, position) => <SupervisingSwitch position={position} onDone={() => void load()} /> },
            {
              title: '操作',
              key: 'actions',
              render: (_, position) => (
                <Space size={0}>
                  {!organization?.dissolved && <HolderForm position={position} onDone={() => void load()} />}
                  <Button type="link" size="small" onClick={() => setHistory(position)}>
                    任职记录
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer open={!!history} onClose={() => setHistory(null)} title={`任职记录：${history?.title ?? ''}`} width={screens.md ? 480 : '100%'} destroyOnHidden>
        {history && <Holdings position={history} />}
      </Drawer>
    </PageContainer>
  );
}
