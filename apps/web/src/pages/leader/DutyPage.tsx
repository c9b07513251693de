import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Grid, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { DutyDetail } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { OPEN_STATUSES } from '../../duties/colour';
import { AppraisalCard } from '../../duties/AppraisalCard';
import { CompletionForm } from '../../duties/CompletionForm';
import { DutyColourTag } from '../../duties/DutyColourTag';
import { DutyTimeline } from '../../duties/DutyTimeline';
import { EvidenceFiles } from '../../duties/EvidenceFiles';
import { ExtensionForm } from '../../duties/ExtensionForm';
import { formatCounterpart, formatDay, formatMoment } from '../../duties/format';
import { WarningNotices } from '../../duties/WarningNotices';
import { messageOf } from '../../errors/api-error';
import { evidenceRequirementText } from '../../forms/duty-forms';
import { STATEMENT_TEMPLATE, StatementDraftCard } from '../../ledger/StatementDraftCard';

const REVIEW_COLOURS: Record<string, string> = { awaiting_review: 'processing', accepted: 'success', returned: 'warning' };

/** One duty (the reminder emails link here): what it asks and why, 签收, 登记完成 with evidence, 申请延期, its history. */
export default function DutyPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { message } = App.useApp();
  const [duty, setDuty] = useState<DutyDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [acknowledging, setAcknowledging] = useState(false);
  const [evidenceFiles, setEvidenceFiles] = useState<number | null>(null);
  const countFiles = useCallback((files: readonly unknown[]) => setEvidenceFiles(files.length), []);
  const screens = Grid.useBreakpoint();

  const load = useCallback(() => {
    unwrap<DutyDetail>(api.GET('/duties/{id}', { params: { path: { id } } })).then(
      (found) => {
        setDuty(found);
        setProblem(null);
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [id]);

  useEffect(load, [load]);

  if (problem && !duty) return <PageContainer title="事项"><Alert type="error" showIcon message={problem} /></PageContainer>;
  if (!duty) return <Spin style={{ display: 'block', margin: '120px auto' }} />;

  const mine = duty.responsible.id === me?.person.id;
  const asked = evidenceRequirementText(duty.evidenceRequired);
  const open = (OPEN_STATUSES as readonly string[]).includes(duty.status);

  const acknowledge = async () => {
    setAcknowledging(true);
    try {
      await unwrap(api.POST('/duties/{id}/acknowledgement', { params: { path: { id } } }));
      message.success('已签收');
      load();
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setAcknowledging(false);
    }
  };

  return (
    <PageContainer
      title={duty.title}
      tags={[
        <DutyColourTag key="colour" colour={duty.colour} />,
        <Tag key="status">{duty.statusLabel}</Tag>,
        ...(duty.reviewStateLabel ? [<Tag key="review" color={REVIEW_COLOURS[duty.reviewState!]}>{duty.reviewStateLabel}</Tag>] : []),
      ]}
      extra={
        mine && open ? (
          <Space wrap>
            {!duty.acknowledgedAt && (
              <Popconfirm title="确认签收该事项？" okText="签收" cancelText="取消" onConfirm={acknowledge}>
                <Button loading={acknowledging}>签收</Button>
              </Popconfirm>
            )}
            <CompletionForm duty={duty} evidenceFiles={evidenceFiles ?? duty.evidenceCount} onDone={load} />
            <ExtensionForm duty={duty} onDone={load} />
          </Space>
        ) : undefined
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {problem && <Alert type="error" showIcon message={problem} />}
        {duty.reviewState === 'returned' && (
          <Alert
            type="warning"
            showIcon
            message={`完成情况被退回（第 ${duty.returnCount} 次），请于 ${formatMoment(duty.dueAt)} 前重新办理并登记完成`}
            description={duty.returnReason ? `退回理由：${duty.returnReason}` : undefined}
          />
        )}
        <ProCard title="事项" bordered>
          <Descriptions column={screens.md ? 2 : 1} layout={screens.sm ? 'horizontal' : 'vertical'} size="small" bordered>
            <Descriptions.Item label="截止">{formatMoment(duty.dueAt)}</Descriptions.Item>
            <Descriptions.Item label="周期">{duty.periodLabel || '—'}</Descriptions.Item>
            <Descriptions.Item label="责任单位">{duty.organization.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="责任人">{duty.responsible.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="对象">
              {formatCounterpart(duty.counterpart)}
            </Descriptions.Item>
            <Descriptions.Item label="签收">{duty.acknowledgedAt ? formatMoment(duty.acknowledgedAt) : '未签收'}</Descriptions.Item>
            <Descriptions.Item label="依据" span={screens.md ? 2 : 1}>
              {duty.citations.length === 0 ? (
                <Typography.Paragraph style={{ marginBottom: 0, wordBreak: 'break-word' }}>{duty.citation}</Typography.Paragraph>
              ) : (
                duty.citations.map((c) => (
                  <Typography.Paragraph key={`${c.document}${c.clause}`} style={{ marginBottom: 4, wordBreak: 'break-word' }}>
                    <Typography.Text strong>
                      {c.document}
                      {c.clause}
                    </Typography.Text>
                    <blockquote style={{ margin: '4px 0 0', paddingLeft: 12, borderLeft: '3px solid #d9d9d9', color: 'rgba(0,0,0,0.65)' }}>{c.quote}</blockquote>
                  </Typography.Paragraph>
                ))
              )}
            </Descriptions.Item>
            {asked && (
              <Descriptions.Item label="完成要求" span={screens.md ? 2 : 1}>
                {asked}
              </Descriptions.Item>
            )}
            {duty.completion && (
              <Descriptions.Item label="完成情况" span={screens.md ? 2 : 1}>
                {formatDay(duty.completion.heldOn)}：{duty.completion.note}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="审核">
              {duty.reviewStateLabel ?? '—'}
              {duty.returnCount > 0 ? `（已退回 ${duty.returnCount} 次）` : ''}
            </Descriptions.Item>
            {duty.cancelReason && (
              <Descriptions.Item label="撤销原因" span={screens.md ? 2 : 1}>
                {duty.cancelReason}
              </Descriptions.Item>
            )}
          </Descriptions>
        </ProCard>
        {duty.templateId === STATEMENT_TEMPLATE && <StatementDraftCard dutyId={duty.id} canUpload={mine && open} />}
        {duty.appraisal.applies && (
          <ProCard title="评议" bordered>
            <AppraisalCard duty={duty} canAppraise={!mine && !!me?.roles.supervisor} onDone={load} />
          </ProCard>
        )}
        <ProCard title="证据材料" bordered>
          <EvidenceFiles dutyId={duty.id} canUpload={mine && open} onChange={countFiles} />
        </ProCard>
        <ProCard title="预警函" bordered>
          <WarningNotices dutyId={duty.id} />
        </ProCard>
        <ProCard title="经过" bordered>
          <DutyTimeline events={duty.history} />
        </ProCard>
      </Space>
    </PageContainer>
  );
}
