import { isIsoDuration } from './config-text';
import type { CycleSettings, DueDateMode } from './config-views';

/**
 * The organization's own settings as the form edits them: each setting is either the organization's own value or
 * INHERIT (null for the API: as the parent organization). The API checks everything again; its 400s name the same
 * fields (packId, dueDateMode, leadTime, termStartYear).
 */
export const INHERIT = '__inherit__';

export interface SettingsValues {
  packId: string;
  dueDateMode: DueDateMode | typeof INHERIT;
  /** ISO-8601 duration (P7D), or empty: as the parent. */
  leadTime?: string;
  /** Empty: as the parent. */
  termStartYear?: number | null;
}

export interface SettingsBody {
  packId?: string | null;
  dueDateMode?: DueDateMode | null;
  leadTime?: string | null;
  termStartYear?: number | null;
}

export function settingsValues(own: CycleSettings['own']): SettingsValues {
  return {
    packId: own.packId ?? INHERIT,
    dueDateMode: own.dueDateMode ?? INHERIT,
    leadTime: own.leadTime ?? '',
    termStartYear: own.termStartYear,
  };
}

/** What changed against the organization's own settings (unchanged settings are left out; null = as the parent). */
export function settingsBody(values: SettingsValues, own: CycleSettings['own']): SettingsBody {
  const next: Required<SettingsBody> = {
    packId: values.packId === INHERIT ? null : values.packId,
    dueDateMode: values.dueDateMode === INHERIT ? null : values.dueDateMode,
    leadTime: values.leadTime && values.leadTime.trim() ? values.leadTime.trim().toUpperCase() : null,
    termStartYear: values.termStartYear ?? null,
  };
  const body: SettingsBody = {};
  for (const key of Object.keys(next) as (keyof SettingsBody)[]) {
    if (next[key] !== own[key]) (body as Record<string, unknown>)[key] = next[key];
  }
  return body;
}

/** A change of pack changes the year's duties: it is previewed (configuration-diff) before it is saved. */
export function changesPack(body: SettingsBody): boolean {
  return body.packId !== undefined;
}

export const settingsChecks = {
  leadTime: (text: string | undefined) => (!text || !text.trim() || isIsoDuration(text.trim().toUpperCase()) ? null : '应为 ISO-8601 时长，如 P7D（7 天）、P1M（1 个月）；留空表示沿用上级'),
  termStartYear: (year: number | null | undefined) => (year == null || (Number.isInteger(year) && year >= 2000 && year <= 2100) ? null : '应为 2000 至 2100 之间的年份；留空表示沿用上级'),
};
