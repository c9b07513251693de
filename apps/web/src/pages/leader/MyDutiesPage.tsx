import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, Empty, Grid, List, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { DutyView, Page } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { byUrgency, OPEN_STATUSES } from '../../duties/colour';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { formatCounterpart, formatMoment } from '../../duties/format';
import { messageOf } from '../../errors/api-error';

/** 我的待办: the person's open duties, most urgent first, as cards (readable at a phone's width). */
export default function MyDutiesPage() {
  const screens = Grid.useBreakpoint();
  const { me } = useAuth();
  const [duties, setDuties] = useState<DutyView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const personId = me?.person.id;

  useEffect(() => {
    if (!personId) return;
    // One call per open status (the API filters by one status at a time); the person's own duties are few.
    Promise.all(OPEN_STATUSES.map((status) => unwrap<Page<DutyView>>(api.GET('/duties', { params: { query: { personId, status, pageSize: 200 } } }))))
      .then((pages) => setDuties(pages.flatMap((page) => page.items).filter((duty) => duty.responsible.id === personId).sort(byUrgency)))
      .catch((error: unknown) => setProblem(messageOf(error)));
  }, [personId]);

  return (
    <PageContainer title="我的待办" subTitle={screens.md ? '按紧迫程度排列：红色已逾期，黄色临近截止，蓝色按期进行' : undefined}>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      {!duties && !problem && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {duties && (
        <List
          grid={{ gutter: 16, xs: 1, sm: 1, md: 2, xl: 3 }}
          dataSource={duties}
          locale={{ emptyText: <Empty description="目前没有待办事项" /> }}
          renderItem={(duty) => (
            <List.Item>
              <Card
                size="small"
                title={
                  <Space size={4}>
                    <DutyColourTag colour={duty.colour} />
                    <Link to={`/duties/${duty.id}`}>{duty.title}</Link>
                  </Space>
                }
                extra={
                  duty.reviewState === 'returned' ? (
                    <Tag color="warning">被退回</Tag>
                  ) : duty.acknowledgedAt ? (
                    <Tag>已签收</Tag>
                  ) : (
                    <Tag color="processing">待签收</Tag>
                  )
                }
              >
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Typography.Text>
                    截止：<Typography.Text strong>{formatMoment(duty.dueAt)}</Typography.Text>（{duty.statusLabel}）
                  </Typography.Text>
                  {duty.counterpart && (
                    <Typography.Text>对象：{formatCounterpart(duty.counterpart)}</Typography.Text>
                  )}
                  {duty.reviewState === 'returned' && (
                    <Typography.Text type="warning" style={{ wordBreak: 'break-word' }}>
                      被退回（第 {duty.returnCount} 次）：{duty.returnReason}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">{duty.periodLabel}</Typography.Text>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: '展开' }} style={{ marginBottom: 0 }}>
                    依据：{duty.citation}
                    {duty.citations.map((c) => `：“${c.quote}”`).join('')}
                  </Typography.Paragraph>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </PageContainer>
  );
}
