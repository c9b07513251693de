import dayjs from 'dayjs';

/** 2026-12-31 23:59 in the browser's time (the people using the console are in China). */
export const formatMoment = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDay = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** 马向东（中共示范市委）: the person a duty is about, with their organization; '—' when it has none. */
export function formatCounterpart(counterpart: { name: string | null; organizationName: string | null } | null | undefined): string {
  if (!counterpart) return '—';
  return `${counterpart.name ?? '—'}${counterpart.organizationName ? `（${counterpart.organizationName}）` : ''}`;
}
