import type { FormInstance } from 'antd';
import { ApiError, messageOf } from './api-error';
import { splitFieldProblems, toNamePath } from './refusal';

/**
 * Shows a refused submission where it belongs: each field the API named (`apiFields`) next to its form field
 * (`rename` when the form calls it otherwise, e.g. the API's `newDueAt` is the form's day `newDueDay`), the rest as
 * the returned message for the action (null when every problem sits next to its field).
 */
export function showRefusal(form: FormInstance, error: unknown, apiFields: readonly string[], rename: Record<string, string> = {}): string | null {
  if (!(error instanceof ApiError)) return messageOf(error);
  const { shown, message } = splitFieldProblems(error.refusal, apiFields);
  form.setFields(Object.entries(shown).map(([field, reason]) => ({ name: toNamePath(rename[field] ?? field), errors: [reason] })));
  return message;
}
