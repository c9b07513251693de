import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Badge, Button, Calendar, Card, InputNumber, Popover, Space, Spin, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api, download, unwrap } from '../../../api/client';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthProvider';
import { messageOf } from '../../../errors/api-error';
import type { DutyPreview, PreviewDuty } from './config-views';
import { cellDuties, dutiesByDay, dutiesByMonth, filterPreview, type PreviewFilter } from './preview-calendar';
import { useOrganizationChoice } from './useOrganizationChoice';

const dutyLine = (duty: PreviewDuty) => `${duty.organization.name}·${duty.title}（${duty.responsible.name}${duty.counterpart ? ` → ${duty.counterpart.name}` : ''}）`;

/** 年度预览: the duties an organization's subtree would have in a year, on a calendar and in a table, with exports. */
export default function PreviewPage() {
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const systemAdmin = !!me?.systemAdmin;
  const { organizationId, picker, alert } = useOrganizationChoice();
  const [year, setYear] = useState<number>(new Date().getFullYear() + 1);
  const [preview, setPreview] = useState<DutyPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [month, setMonth] = useState<Dayjs>(dayjs(`${year}-01-01`));
  // The calendar's 月/年 switch: a fixed `mode` would keep it on the month.
  const [calendarMode, setCalendarMode] = useState<'month' | 'year'>('month');
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  useEffect(() => {
    if (!organizationId) return;
    let stale = false;
    setLoading(true);
    setProblem(null);
    unwrap<DutyPreview>(api.GET('/organizations/{organizationId}/preview', { params: { path: { organizationId }, query: { year } } }))
      .then((answer) => !stale && setPreview(answer))
      .catch((error) => !stale && (setPreview(null), setProblem(messageOf(error))))
      .finally(() => !stale && setLoading(false));
    setMonth((m) => m.year(year));
    return () => {
      stale = true;
    };
  }, [organizationId, year]);

  const days = useMemo(() => dutiesByDay(preview?.duties ?? []), [preview]);
  const months = useMemo(() => dutiesByMonth(preview?.duties ?? []), [preview]);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    if (!organizationId) return;
    setExporting(format);
    try {
      await download(`/organizations/${organizationId}/preview.${format}?year=${year}`, `年度事项预览-${year}.${format}`);
    } catch (error) {
      message.error(`导出失败：${messageOf(error)}`);
    } finally {
      setExporting(null);
    }
  };

  const organizationOptions = Object.fromEntries((preview?.organizations ?? []).map((o) => [o.id, { text: o.name }]));
  const obligationOptions = Object.fromEntries((preview?.duties ?? []).map((d) => [d.obligationId, { text: d.obligationTitle }]));
  const columns: ProColumns<PreviewDuty>[] = [
    { title: '关键词', dataIndex: 'text', hideInTable: true, fieldProps: { placeholder: '事项、责任人、对象或组织' } },
    { title: '截止日期', dataIndex: 'dueDate', width: 110, search: false, render: (_, d) => (d.movedFrom ? <span title={`按规则为 ${d.movedFrom}，遇节假日顺延`}>{d.dueDate} <Tag color="orange">顺延</Tag></span> : d.dueDate) },
    { title: '月份', dataIndex: 'month', hideInTable: true, valueType: 'select', valueEnum: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${year}-${String(i + 1).padStart(2, '0')}`, { text: `${i + 1} 月` }])) },
    { title: '组织', dataIndex: 'organizationId', valueType: 'select', valueEnum: organizationOptions, render: (_, d) => d.organization.name },
    { title: '义务', dataIndex: 'obligationId', valueType: 'select', valueEnum: obligationOptions, hideInTable: true },
    { title: '事项', dataIndex: 'title', search: false },
    { title: '周期', dataIndex: ['period', 'label'], search: false, width: 120 },
    { title: '责任人', dataIndex: ['responsible', 'name'], search: false, render: (_, d) => `${d.responsible.name}（${d.responsible.positionTitle}）` },
    { title: '对象', dataIndex: ['counterpart', 'name'], search: false, render: (_, d) => d.counterpart?.name ?? d.counterpartOrganization?.name ?? '—' },
    { title: '生成时间', dataIndex: 'createAt', search: false, width: 110, responsive: ['xl'], render: (_, d) => dayjs(d.createAt).format('YYYY-MM-DD') },
    { title: '出处', dataIndex: 'citation', search: false, ellipsis: true, width: 220, responsive: ['xl'] },
  ];

  const skipped = preview?.skipped ?? [];
  return (
    <PageContainer
      title="年度预览"
      subTitle="组织及其下级某年将有的全部周期事项（只预览，不生成）"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          {picker}
          <span>年度</span>
          <InputNumber aria-label="预览年度" min={2000} max={2100} precision={0} value={year} onChange={(value) => value && setYear(value)} style={{ width: 100 }} />
          <Button onClick={() => exportAs('csv')} loading={exporting === 'csv'} disabled={!preview}>
            导出 CSV
          </Button>
          <Button onClick={() => exportAs('xlsx')} loading={exporting === 'xlsx'} disabled={!preview}>
            导出 Excel
          </Button>
        </Space>
        {alert}
        {problem && <Alert type="error" showIcon message={problem} />}
        {loading && !preview && <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}
        {preview && (
          <>
            {preview.warnings.map((warning) => (
              <Alert
                key={warning}
                type="warning"
                showIcon
                message={warning}
                action={
                  systemAdmin && !preview.calendar.yearKnown ? (
                    <Button size="small" onClick={() => navigate('/config/holidays')}>
                      维护节假日
                    </Button>
                  ) : undefined
                }
              />
            ))}
            {preview.withoutPack.length > 0 && <Alert type="warning" showIcon message={`以下组织及其上级均未选择策略包，不会生成事项：${preview.withoutPack.map((o) => o.name).join('、')}`} />}
            {skipped.length > 0 && (
              <Alert
                type="warning"
                showIcon
                message={`${skipped.length} 项事项无法落实到人（空缺岗位、下级无一把手等）`}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {skipped.slice(0, 5).map((s, i) => (
                      <li key={i}>{`${s.organizationName}：${s.reason}`}</li>
                    ))}
                    {skipped.length > 5 && <li>{`另有 ${skipped.length - 5} 项，见导出文件`}</li>}
                  </ul>
                }
              />
            )}
            <Typography.Text type="secondary">
              {`${preview.organization.name} 及其下级 ${preview.organizations.length} 个组织，${preview.year} 年共 ${preview.duties.length} 项周期事项`}
              {loading ? '（正在更新…）' : ''}
            </Typography.Text>
            <Tabs
              items={[
                {
                  key: 'calendar',
                  label: '日历',
                  children: (
                    <Card size="small">
                      <Calendar
                        mode={calendarMode}
                        value={month}
                        onPanelChange={(value, mode) => {
                          setMonth(value);
                          setCalendarMode(mode);
                        }}
                        onSelect={(value, info) => {
                          if (info.source === 'date') return;
                          setMonth(value);
                          // A month picked on the year's panel opens that month.
                          if (info.source === 'month' && calendarMode === 'year') setCalendarMode('month');
                        }}
                        validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
                        cellRender={(value, info) => {
                          if (info.type === 'month') {
                            const count = months.get(value.format('YYYY-MM'));
                            return count ? <Badge count={count} overflowCount={999} color="blue" /> : null;
                          }
                          if (info.type !== 'date') return info.originNode;
                          const list = days.get(value.format('YYYY-MM-DD'));
                          const { shown, more } = cellDuties(list);
                          if (!list) return null;
                          return (
                            <Popover title={`${value.format('M月D日')}截止 ${list.length} 项`} content={<ul style={{ maxHeight: 320, overflow: 'auto', margin: 0, paddingInlineStart: 20 }}>{list.map((d, i) => <li key={i}>{dutyLine(d)}</li>)}</ul>}>
                              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                                {shown.map((d, i) => (
                                  <li key={i} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12 }}>
                                    <Badge status={d.movedFrom ? 'warning' : 'processing'} text={d.obligationTitle} />
                                  </li>
                                ))}
                                {more > 0 && <li style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{`另有 ${more} 项`}</li>}
                              </ul>
                            </Popover>
                          );
                        }}
                      />
                    </Card>
                  ),
                },
                {
                  key: 'table',
                  label: '列表',
                  children: (
                    <ProTable<PreviewDuty, PreviewFilter & { preview?: string }>
                      rowKey={(d) => d.key ?? `${d.organization.id}:${d.title}:${d.period.key}:${d.responsible.personId}:${d.counterpart?.personId ?? ''}`}
                      columns={columns}
                      params={{ preview: preview.generatedAt }}
                      request={async (params) => {
                        const data = filterPreview(preview.duties, params);
                        const { current = 1, pageSize = 20 } = params;
                        return { data: data.slice((current - 1) * pageSize, current * pageSize), total: data.length, success: true };
                      }}
                      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
                      search={{ labelWidth: 'auto' }}
                      options={{ density: false, setting: false, reload: false }}
                      scroll={{ x: 'max-content' }}
                    />
                  ),
                },
              ]}
            />
          </>
        )}
      </Space>
    </PageContainer>
  );
}
