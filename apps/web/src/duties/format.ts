import dayjs from 'dayjs';

/** 2026-12-31 23:59 in the browser's time (the people using the console are in China). */
export const formatMoment = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDay = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
