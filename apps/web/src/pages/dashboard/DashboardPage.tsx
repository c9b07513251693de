import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Table, Tag, TreeSelect, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { formatMoment } from '../../duties/format';
import { messageOf } from '../../errors/api-error';
import { colourChart, drill, escalationChart, FIGURE_COLOURS, monthChart, organizationRows, percent, rankingChart, summaryCards, type Drill, type OrganizationRow } from './dashboard-figures';
import type { Dashboard, FigureKey } from './dashboard-view';
import { DrillDrawer } from './DrillDrawer';
import { FigureChart } from './FigureChart';
import { defaultOrganization, organizationOptions, type ListedOrganization, type OrganizationOption } from './organization-options';

/** A number that opens the duties behind it. */
function FigureLink({ value, onOpen, figure }: { value: string | number; onOpen: () => void; figure: string }) {
  return (
    <Typography.Link onClick={onOpen} data-figure={figure}>
      {value}
    </Typography.Link>
  );
}

/** 督办看板: the figures of a subtree for a year, as the API counts them; every number and chart drills into its duties. */
export default function DashboardPage() {
  const { me } = useAuth();
  const [options, setOptions] = useState<OrganizationOption[] | null>(null);
  const [organizationId, setOrganizationId] = useState<string>();
  const [year, setYear] = useState(() => dayjs().year());
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState<Drill | null>(null);

  useEffect(() => {
    unwrap<ListedOrganization[]>(api.GET('/organizations')).then(
      (list) => {
        const tree = organizationOptions(list);
        setOptions(tree);
        if (me) setOrganizationId((current) => current ?? defaultOrganization(me, tree));
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [me]);

  useEffect(() => {
    if (!organizationId) return;
    let current = true;
    setLoading(true);
    setProblem(null);
    unwrap<Dashboard>(api.GET('/organizations/{id}/dashboard', { params: { path: { id: organizationId }, query: { year } } }))
      .then(
        (found) => current && setDashboard(found),
        (error: unknown) => current && setProblem(messageOf(error)),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [organizationId, year]);

  const open = useCallback((target: Drill) => setOpened(target), []);
  const rows = useMemo(() => (dashboard ? organizationRows(dashboard) : []), [dashboard]);
  const charts = useMemo(
    () => (dashboard ? { colours: colourChart(dashboard), months: monthChart(dashboard), ranking: rankingChart(dashboard), escalations: escalationChart(dashboard) } : null),
    [dashboard],
  );

  const cell = (figure: FigureKey, value: (row: OrganizationRow) => string | number) => (_: unknown, row: OrganizationRow) =>
    dashboard ? <FigureLink figure={`${row.key}:${figure}`} value={value(row)} onOpen={() => open(drill(dashboard, row.name, row.query, figure))} /> : null;

  const columns: TableColumnsType<OrganizationRow> = [
    { title: '组织', dataIndex: 'name', fixed: 'left', render: (name: string, row) => (row.dissolved ? <Space size={4}>{name}<Tag>已撤销</Tag></Space> : name) },
    { title: '应完成', dataIndex: 'due', align: 'right', render: cell('due', (row) => row.due) },
    { title: '完成率', dataIndex: 'completionRate', align: 'right', render: cell('completed', (row) => percent(row.completionRate)) },
    { title: '按时完成率', dataIndex: 'onTimeRate', align: 'right', render: cell('completedOnTime', (row) => percent(row.onTimeRate)) },
    { title: '当前逾期', dataIndex: 'overdue', align: 'right', render: cell('overdue', (row) => row.overdue) },
    { title: '蓝', dataIndex: ['colours', 'blue'], align: 'right', render: cell('colours.blue', (row) => row.colours.blue) },
    { title: '黄', dataIndex: ['colours', 'yellow'], align: 'right', render: cell('colours.yellow', (row) => row.colours.yellow) },
    { title: '红', dataIndex: ['colours', 'red'], align: 'right', render: cell('colours.red', (row) => row.colours.red) },
  ];

  return (
    <PageContainer
      title="督办看板"
      subTitle={dashboard ? `截至 ${formatMoment(dashboard.asOf)}，${dashboard.year} 年截止的事项（不含已撤销）` : undefined}
      extra={
        <Space wrap>
          <TreeSelect
            style={{ minWidth: 220 }}
            treeData={options ?? []}
            value={organizationId}
            onChange={setOrganizationId}
            loading={!options}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
            placeholder="选择组织"
            aria-label="组织"
          />
          <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(value) => value && setYear(value.year())} aria-label="年度" />
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {options && options.length === 0 && <Empty description="您没有可查看的组织" />}
      {!dashboard && !problem && options?.length !== 0 && <Spin style={{ display: 'block', margin: '120px auto' }} />}
      {dashboard && charts && (
        <Spin spinning={loading}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              {summaryCards(dashboard).map((card) => (
                <Col key={card.key} flex="1 0 140px" data-summary={card.key}>
                  <ProCard bordered hoverable onClick={() => open(card.drill)} style={{ cursor: 'pointer', height: '100%' }}>
                    <Statistic title={card.title} value={card.value} valueStyle={card.tone ? { color: card.tone } : undefined} />
                  </ProCard>
                </Col>
              ))}
            </Row>
            <ProCard title={`各组织情况（${dashboard.organization.name}）`} bordered headerBordered>
              <Table<OrganizationRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                未完成事项的蓝/黄/红
              </Typography.Title>
              <FigureChart model={charts.colours} onDrill={open} height={Math.max(240, rows.length * 48)} />
            </ProCard>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <ProCard title="逐月趋势（按截止月份）" bordered headerBordered style={{ height: '100%' }}>
                  <FigureChart model={charts.months} onDrill={open} />
                </ProCard>
              </Col>
              <Col xs={24} xl={10}>
                <ProCard title="按时完成率排名（直接下级，含其下级）" bordered headerBordered style={{ height: '100%' }}>
                  {charts.ranking.categories.length ? (
                    <FigureChart model={charts.ranking} horizontal percentAxis onDrill={open} height={Math.max(240, charts.ranking.categories.length * 40)} />
                  ) : (
                    <Empty description="没有直接下级" />
                  )}
                </ProCard>
              </Col>
            </Row>
            <ProCard title="本年度升级情况" bordered headerBordered>
              <Row gutter={[16, 16]} align="middle">
                <Col xs={24} md={10}>
                  <Space size={32} wrap>
                    {(['proposed', 'pending', 'approved', 'rejected'] as const).map((key, i) => (
                      <Statistic
                        key={key}
                        title={charts.escalations.categories[i]}
                        valueRender={() => <FigureLink figure={`escalations.${key}`} value={dashboard.escalations[key]} onOpen={() => open(charts.escalations.series[0].drills[i])} />}
                      />
                    ))}
                  </Space>
                </Col>
                <Col xs={24} md={14}>
                  <FigureChart model={charts.escalations} onDrill={open} height={220} />
                </Col>
              </Row>
            </ProCard>
            <Typography.Text type="secondary">
              点击任一数字或图形，查看其中的事项。颜色：<span style={{ color: FIGURE_COLOURS['colours.blue'] }}>蓝</span>为正常，
              <span style={{ color: FIGURE_COLOURS['colours.yellow'] }}>黄</span>为临近截止，<span style={{ color: FIGURE_COLOURS['colours.red'] }}>红</span>为逾期。
            </Typography.Text>
          </Space>
        </Spin>
      )}
      <DrillDrawer drill={opened} onClose={() => setOpened(null)} />
    </PageContainer>
  );
}
