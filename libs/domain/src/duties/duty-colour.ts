import { DateTime } from 'luxon';
import { parseIsoDuration } from '../time/iso-duration';
import { DutyStatus, isOpenDutyStatus } from './duty-status';

/** 蓝 on track, 黄 within the warning window, 红 overdue; closed duties have no colour. */
export type DutyColour = 'blue' | 'yellow' | 'red';

export const DUTY_COLOUR_LABELS: Record<DutyColour, string> = { blue: '蓝', yellow: '黄', red: '红' };

export function dutyColour(status: DutyStatus, dueAt: Date, warningWindow: string, now: Date): DutyColour | null {
  if (!isOpenDutyStatus(status)) return null;
  if (status !== 'pending' || now.getTime() >= dueAt.getTime()) return 'red';
  const warnFrom = DateTime.fromJSDate(dueAt).minus(parseIsoDuration(warningWindow)).toMillis();
  return now.getTime() >= warnFrom ? 'yellow' : 'blue';
}
