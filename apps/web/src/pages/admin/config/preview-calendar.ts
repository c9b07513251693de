import type { PreviewDuty } from './config-views';

/** The year's preview on a calendar: the duties due each day, and how many each month. */
export function dutiesByDay(duties: readonly PreviewDuty[]): Map<string, PreviewDuty[]> {
  const days = new Map<string, PreviewDuty[]>();
  for (const duty of duties) {
    const list = days.get(duty.dueDate);
    if (list) list.push(duty);
    else days.set(duty.dueDate, [duty]);
  }
  for (const list of days.values()) list.sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'zh') || a.title.localeCompare(b.title, 'zh'));
  return days;
}

/** 'YYYY-MM' → the number of duties due that month. */
export function dutiesByMonth(duties: readonly PreviewDuty[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const duty of duties) months.set(duty.dueDate.slice(0, 7), (months.get(duty.dueDate.slice(0, 7)) ?? 0) + 1);
  return months;
}

/** At most `limit` duties of a day shown in its cell; the rest as “另有 N 项”. */
export function cellDuties(day: readonly PreviewDuty[] | undefined, limit = 3): { shown: PreviewDuty[]; more: number } {
  const list = day ?? [];
  return { shown: list.slice(0, limit), more: Math.max(0, list.length - limit) };
}

/** The filters of the preview table, applied in the browser (the preview is one answer for the whole year). */
export interface PreviewFilter {
  organizationId?: string;
  obligationId?: string;
  text?: string;
  month?: string;
}

export function filterPreview(duties: readonly PreviewDuty[], filter: PreviewFilter): PreviewDuty[] {
  const text = filter.text?.trim();
  return duties.filter(
    (d) =>
      (!filter.organizationId || d.organization.id === filter.organizationId) &&
      (!filter.obligationId || d.obligationId === filter.obligationId) &&
      (!filter.month || d.dueDate.startsWith(filter.month)) &&
      (!text || [d.title, d.responsible.name, d.counterpart?.name ?? '', d.organization.name].some((s) => s.includes(text))),
  );
}
