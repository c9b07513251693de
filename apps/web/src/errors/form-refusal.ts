import type { FormInstance } from 'antd';
import { ApiError, messageOf } from './api-error';
import { splitFieldProblems, toNamePath } from './refusal';

/**
 * Shows a refused submission where it belongs: each field the API named next to that form field, the rest as the
 * returned message for the action (null when every problem sits next to its field).
 */
export function showRefusal(form: FormInstance, error: unknown, formFields: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return messageOf(error);
  const { shown, message } = splitFieldProblems(error.refusal, formFields);
  form.setFields(Object.entries(shown).map(([field, reason]) => ({ name: toNamePath(field), errors: [reason] })));
  return message;
}
