import type { ConfigurationDiff, DiffDuty } from './config-views';

/** What a configuration change does to the year (POST …/configuration-diff), as the confirmation step shows it. */
export type DiffChange = 'added' | 'removed' | 'moved';

export const DIFF_CHANGE_LABELS: Record<DiffChange, string> = { added: '新增', removed: '取消', moved: '改期' };
export const DIFF_CHANGE_COLOURS: Record<DiffChange, string> = { added: 'green', removed: 'red', moved: 'orange' };

export interface DiffRow {
  key: string;
  change: DiffChange;
  title: string;
  period: string;
  /** The due date; for a moved duty, from → to. */
  dueDate: string;
  responsible: string;
  counterpart: string;
}

export interface DiffOrganizationRows {
  organizationId: string;
  name: string;
  summary: string;
  rows: DiffRow[];
}

const person = (duty: DiffDuty) => (duty.responsible ? `${duty.responsible.name}（${duty.responsible.positionTitle}）` : '—');

/** Per organization: its added, removed and moved duties, each list by due date. */
export function diffOrganizations(diff: ConfigurationDiff): DiffOrganizationRows[] {
  return diff.organizations.map((organization) => {
    const row = (change: DiffChange, duty: DiffDuty, dueDate: string): DiffRow => ({
      key: `${change}:${duty.key}`,
      change,
      title: duty.title,
      period: duty.period,
      dueDate,
      responsible: person(duty),
      counterpart: duty.counterpart?.name ?? '—',
    });
    const byDate = (a: { dueDate: string }, b: { dueDate: string }) => a.dueDate.localeCompare(b.dueDate);
    return {
      organizationId: organization.organizationId,
      name: organization.name,
      summary: changeSummary({ added: organization.added.length, removed: organization.removed.length, moved: organization.moved.length }),
      rows: [
        ...[...organization.added].sort(byDate).map((d) => row('added', d, d.dueDate)),
        ...[...organization.removed].sort(byDate).map((d) => row('removed', d, d.dueDate)),
        ...[...organization.moved].sort((a, b) => a.fromDate.localeCompare(b.fromDate)).map((d) => row('moved', d, `${d.fromDate} → ${d.toDate}`)),
      ],
    };
  });
}

/** '新增 3 项、取消 1 项、改期 2 项'; '没有变化' when nothing changes. */
export function changeSummary(totals: ConfigurationDiff['totals']): string {
  const parts = (['added', 'removed', 'moved'] as const).filter((k) => totals[k] > 0).map((k) => `${DIFF_CHANGE_LABELS[k]} ${totals[k]} 项`);
  return parts.length > 0 ? parts.join('、') : '没有变化';
}

export function diffHeadline(diff: ConfigurationDiff): string {
  const total = diff.totals.added + diff.totals.removed + diff.totals.moved;
  if (total === 0) return `此项变更不影响 ${diff.year} 年的周期事项`;
  return `此项变更将使 ${diff.year} 年 ${diff.organizations.length} 个组织的事项：${changeSummary(diff.totals)}`;
}
