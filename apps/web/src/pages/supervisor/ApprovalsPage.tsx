import { PageContainer } from '@ant-design/pro-components';
import { Alert, Badge, Button, Card, Empty, Grid, List, Space, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { DutyView, EscalationProposal, ExtensionRequest, ReviewItem } from '../../api/views';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { formatCounterpart, formatMoment } from '../../duties/format';
import { messageOf } from '../../errors/api-error';
import { escalationItem, extensionItems } from './approval-items';
import { DecisionDrawer, type ApprovalItem, type ApprovalKind } from './DecisionDrawer';
import { ReviewDrawer } from './ReviewDrawer';

const KINDS: ApprovalKind[] = ['escalations', 'extensions'];
type Tab = ApprovalKind | 'reviews';

/**
 * 待我审批: pending escalation proposals and extension requests of the supervisor's subtree, and the completions
 * awaiting review. The emails link to /console/approvals/escalations/<id> and /console/approvals/extensions/<id>,
 * which open that item (decided or not); /console/approvals/reviews/<duty id> opens a completion's review.
 */
export default function ApprovalsPage() {
  const screens = Grid.useBreakpoint();
  const { kind: linkedKind, itemId } = useParams();
  const navigate = useNavigate();
  const [items, setItems] = useState<Record<ApprovalKind, ApprovalItem[]> | null>(null);
  const [linked, setLinked] = useState<ApprovalItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [search] = useSearchParams();
  const [tab, setTab] = useState<Tab>(linkedKind === 'extensions' || linkedKind === 'reviews' ? linkedKind : search.get('tab') === 'reviews' ? 'reviews' : 'escalations');
  const [reviews, setReviews] = useState<ReviewItem[] | null>(null);
  const [reviewing, setReviewing] = useState<DutyView | null>(null);

  const load = useCallback(() => {
    Promise.all([
      unwrap<EscalationProposal[]>(api.GET('/escalations', { params: { query: { status: 'pending' } } })),
      unwrap<ExtensionRequest[]>(api.GET('/extension-requests', { params: { query: { status: 'pending' } } })).then(extensionItems),
    ]).then(
      ([proposals, extensions]) => setItems({ escalations: proposals.map(escalationItem), extensions }),
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, []);

  const loadReviews = useCallback(() => {
    unwrap<ReviewItem[]>(api.GET('/reviews')).then(setReviews, (error: unknown) => setProblem(messageOf(error)));
  }, []);

  useEffect(load, [load]);
  useEffect(loadReviews, [loadReviews]);

  // A completion's review: among those awaiting, or (reviewed meanwhile) the duty as it stands.
  useEffect(() => {
    setReviewing(null);
    if (linkedKind !== 'reviews' || !itemId || !reviews) return;
    setTab('reviews');
    const waiting = reviews.find((duty) => duty.id === itemId);
    if (waiting) return setReviewing(waiting);
    unwrap<DutyView>(api.GET('/duties/{id}', { params: { path: { id: itemId } } })).then(setReviewing, (error: unknown) => setProblem(messageOf(error)));
  }, [reviews, itemId, linkedKind]);

  // A deep link: the item among the pending ones, or (already decided) among all of its kind.
  useEffect(() => {
    setLinked(null);
    if (!items || !itemId || !KINDS.includes(linkedKind as ApprovalKind)) return;
    const kind = linkedKind as ApprovalKind;
    setTab(kind);
    const pending = items[kind].find((item) => item.id === itemId);
    if (pending) return setLinked(pending);
    const all =
      kind === 'escalations'
        ? unwrap<EscalationProposal[]>(api.GET('/escalations')).then((list) => list.map(escalationItem))
        : unwrap<ExtensionRequest[]>(api.GET('/extension-requests')).then((list) => extensionItems(list.filter((request) => request.id === itemId)));
    all.then(
      (list) => {
        const found = list.find((item) => item.id === itemId);
        if (found) setLinked(found);
        else setProblem('未找到链接中的审批事项：它可能不在您监督的范围内');
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [items, itemId, linkedKind]);

  const open = (item: { kind: Tab; id: string }) => navigate(`/approvals/${item.kind}/${item.id}`);
  const close = () => navigate('/approvals');
  // Back to the list of completions awaiting review (the page is mounted again on the shorter route).
  const closeReview = () => navigate('/approvals?tab=reviews');
  const tabs: { key: Tab; label: ReactNode; children: ReactNode }[] = KINDS.map((kind) => ({
        key: kind,
        label: (
          <Space size={4}>
            {kind === 'escalations' ? '升级建议' : '延期申请'}
            <Badge count={items?.[kind].length ?? 0} />
          </Space>
        ),
        children: (
          <List
            loading={!items && !problem}
            grid={{ gutter: 16, xs: 1, sm: 1, md: 2, xl: 3 }}
            dataSource={items?.[kind] ?? []}
            locale={{ emptyText: <Empty description="没有待审批的事项" /> }}
            renderItem={(item) => (
              <List.Item>
                <Card
                  size="small"
                  title={
                    <Space size={4}>
                      <DutyColourTag colour={item.duty.colour} />
                      {item.duty.title}
                    </Space>
                  }
                  extra={
                    <Button type="link" onClick={() => open(item)}>
                      审批
                    </Button>
                  }
                >
                  <Space direction="vertical" size={2}>
                    <Typography.Text>
                      {item.duty.organization.name} · {item.duty.responsible.name}
                    </Typography.Text>
                    {item.duty.counterpart && <Typography.Text>对象：{formatCounterpart(item.duty.counterpart)}</Typography.Text>}
                    <Typography.Text>截止：{formatMoment(item.duty.dueAt)}</Typography.Text>
                    <Typography.Text type="secondary">{item.summary}</Typography.Text>
                    {item.reason && <Typography.Text type="secondary">理由：{item.reason}</Typography.Text>}
                  </Space>
                </Card>
              </List.Item>
            )}
          />
        ),
      }));
  tabs.push({
    key: 'reviews',
    label: (
      <Space size={4}>
        完成情况审核
        <Badge count={reviews?.length ?? 0} />
      </Space>
    ),
    children: (
      <List
        loading={!reviews && !problem}
        grid={{ gutter: 16, xs: 1, sm: 1, md: 2, xl: 3 }}
        dataSource={reviews ?? []}
        locale={{ emptyText: <Empty description="没有待审核的完成情况" /> }}
        renderItem={(duty) => (
          <List.Item>
            <Card
              size="small"
              title={<Typography.Text ellipsis={{ tooltip: duty.title }}>{duty.title}</Typography.Text>}
              extra={
                <Button type="link" onClick={() => open({ kind: 'reviews', id: duty.id })}>
                  去审核
                </Button>
              }
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text>
                  {duty.organization.name} · {duty.responsible.name}
                </Typography.Text>
                {duty.counterpart && <Typography.Text>对象：{formatCounterpart(duty.counterpart)}</Typography.Text>}
                <Typography.Text>完成：{duty.completedAt ? formatMoment(duty.completedAt) : '—'}</Typography.Text>
                {duty.completion && (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    情况：{duty.completion.note}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary">
                  证据材料 {duty.evidence.length} 份{duty.returnCount > 0 ? ` · 已退回 ${duty.returnCount} 次` : ''}
                </Typography.Text>
              </Space>
            </Card>
          </List.Item>
        )}
      />
    ),
  });

  return (
    <PageContainer title="待我审批" subTitle={screens.md ? '逾期事项的升级建议、责任人的延期申请与完成情况审核' : undefined}>
      {problem && <Alert type="warning" showIcon closable message={problem} style={{ marginBottom: 16 }} onClose={() => setProblem(null)} />}
      <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} items={tabs} />
      <DecisionDrawer
        item={linked}
        onClose={close}
        onDecided={() => {
          close();
          load();
        }}
        onStale={load}
      />
      <ReviewDrawer
        duty={reviewing}
        onClose={closeReview}
        onReviewed={() => {
          closeReview();
          loadReviews();
        }}
        onStale={loadReviews}
      />
    </PageContainer>
  );
}
