import { Timeline, Typography } from 'antd';
import type { DutyEvent } from '../api/views';
import { formatMoment } from './format';

const COLOURS: Record<string, string> = {
  completed: 'green',
  overdue: 'red',
  escalation_proposed: 'red',
  escalated: 'red',
  cancelled: 'gray',
  acknowledged: 'green',
  completion_accepted: 'green',
  completion_returned: 'orange',
  appraised: 'green',
};

/** What an event says beyond its label: a note, a reason, a new date. */
function detailOf(event: DutyEvent): string | null {
  const data = event.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  const parts = [text('grade') && `评议等次：${text('grade')}`, text('comment'), text('note'), text('reason') && (event.type === 'completion_returned' ? `退回理由：${text('reason')}` : text('reason'))].filter(Boolean) as string[];
  // A return keeps what was returned: the completion as the leader had recorded it.
  const returned = event.type === 'completion_returned' ? (data.returned as { completion?: { note?: string } } | undefined)?.completion?.note : undefined;
  if (returned) parts.push(`被退回的完成情况：${returned}`);
  const newDue = text('newDueAt') ?? text('requestedDueAt') ?? text('grantedDueAt');
  if (newDue) parts.push(`新截止：${formatMoment(newDue)}`);
  return parts.length ? parts.join('；') : null;
}

/** A duty's history (GET /duties/:id/history) as a timeline, oldest first. */
export function DutyTimeline({ events }: { events: DutyEvent[] }) {
  if (events.length === 0) return <Typography.Text type="secondary">暂无记录</Typography.Text>;
  return (
    <Timeline
      items={events.map((event) => {
        const detail = detailOf(event);
        return {
          key: event.id,
          color: COLOURS[event.type] ?? 'blue',
          children: (
            <>
              <Typography.Text strong>{event.label}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {formatMoment(event.at)}
                {event.actor.kind === 'system' ? '（系统）' : ''}
              </Typography.Text>
              {detail && <div style={{ wordBreak: 'break-word' }}>{detail}</div>}
            </>
          ),
        };
      })}
    />
  );
}
