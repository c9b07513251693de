import { DownloadOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import { App, Button, Card, Col, Empty, Grid, List, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { download } from '../api/client';
import type { LedgerRowView, LedgerView } from '../api/views';
import { messageOf } from '../errors/api-error';
import { doneLine, SUMMARY_FIGURES, troubleLines } from './ledger-text';

const timelinessTag = (row: LedgerRowView) => <Tag color={row.late ? 'error' : row.timeliness === 'on_time' ? 'success' : 'default'}>{row.timelinessLabel}</Tag>;
const lines = (items: string[]) => (items.length ? items.map((line) => <div key={line}>{line}</div>) : '—');

const COLUMNS: TableColumnsType<LedgerRowView> = [
  { title: '序号', key: 'index', width: 56, render: (_, __, index) => index + 1 },
  {
    title: '事项',
    key: 'title',
    render: (_, row) => (
      <Space direction="vertical" size={0}>
        <Link to={`/duties/${row.dutyId}`}>{row.title}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.citation}
        </Typography.Text>
      </Space>
    ),
  },
  { title: '对象', dataIndex: 'counterpart', width: 160, render: (value: string | null) => value ?? '—' },
  { title: '截止日期', dataIndex: 'dueDate', width: 110 },
  { title: '状态', dataIndex: 'statusLabel', width: 100 },
  { title: '完成情况', key: 'done', render: (_, row) => doneLine(row) },
  { title: '是否按期', key: 'timeliness', width: 110, render: (_, row) => timelinessTag(row) },
  { title: '升级、延期、退回', key: 'trouble', width: 220, render: (_, row) => lines(troubleLines(row)) },
];

/** A ledger's duties as cards, for a phone's width. */
function RowCards({ rows }: { rows: LedgerRowView[] }) {
  return (
    <List
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度无应履职事项" /> }}
      renderItem={(row) => (
        <List.Item style={{ padding: '6px 0' }}>
          <Card size="small" style={{ width: '100%' }} title={<Link to={`/duties/${row.dutyId}`}>{row.title}</Link>} extra={timelinessTag(row)}>
            <Space direction="vertical" size={2} style={{ width: '100%', wordBreak: 'break-word' }}>
              <Typography.Text>截止：{row.dueDate}（{row.statusLabel}）</Typography.Text>
              {row.counterpart && <Typography.Text>对象：{row.counterpart}</Typography.Text>}
              {row.done && <Typography.Text>{doneLine(row)}</Typography.Text>}
              {troubleLines(row).map((line) => (
                <Typography.Text key={line} type="warning">
                  {line}
                </Typography.Text>
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                依据：{row.citation}
              </Typography.Text>
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}

/**
 * A 履责记实台账 as the API makes it: the counts, a table per person (cards on a phone), and the Excel and PDF files
 * of the same ledger (`path`: the ledger's API path, e.g. /people/<id>/ledger).
 */
export function LedgerReport({ ledger, path }: { ledger: LedgerView; path: string }) {
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const fetchFile = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    try {
      await download(`${path}?year=${ledger.year}&format=${format}`, `履责记实台账-${ledger.year}.${format}`);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };
  const team = ledger.subject.kind === 'organization';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[12, 12]}>
        {SUMMARY_FIGURES.map((figure) => (
          <Col key={figure.key} flex={screens.sm ? '1 0 110px' : '1 0 88px'} data-summary={figure.key}>
            <ProCard bordered bodyStyle={{ padding: 12 }}>
              <Statistic
                title={figure.label}
                value={ledger.summary[figure.key]}
                valueStyle={{ fontSize: screens.sm ? 24 : 20, ...(figure.tone && ledger.summary[figure.key] > 0 ? { color: figure.tone } : {}) }}
              />
            </ProCard>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => fetchFile('xlsx')}>
          下载 Excel
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'pdf'} onClick={() => fetchFile('pdf')}>
          下载 PDF 台账
        </Button>
      </Space>
      {ledger.members.length === 0 && <Empty description="该年度没有任职人员和事项" />}
      {ledger.members.map((member) => (
        <ProCard
          key={member.person.id}
          bordered
          headerBordered
          title={team ? member.person.name : `${ledger.year} 年应履职事项`}
          subTitle={screens.md ? member.positions.join('；') : undefined}
          extra={team && screens.sm ? `${member.summary.duties} 项，完成 ${member.summary.completed} 项` : undefined}
        >
          {screens.md ? (
            <Table<LedgerRowView> rowKey="dutyId" size="small" columns={COLUMNS} dataSource={member.rows} pagination={false} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度无应履职事项" /> }} />
          ) : (
            <RowCards rows={member.rows} />
          )}
        </ProCard>
      ))}
    </Space>
  );
}
