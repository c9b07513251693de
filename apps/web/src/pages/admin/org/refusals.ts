import type { FormInstance } from 'antd';
import { ApiError } from '../../../errors/api-error';
import { showRefusal } from '../../../errors/form-refusal';

/**
 * Conflicts (409) that are about one field although the API names none in `details`: the address, the seat's role,
 * the login name or the organization code already taken. Their message belongs next to that field.
 */
export const CONFLICT_FIELDS: Readonly<Record<string, string>> = {
  EMAIL_TAKEN: 'email',
  POSITION_EXISTS: 'role',
  LOGIN_TAKEN: 'login',
};

/** The form field a refusal belongs to by its code (`also`: the form's own, e.g. DUPLICATE → code), when the form has it. */
export function conflictField(code: string, formFields: readonly string[], also: Readonly<Record<string, string>> = {}): string | null {
  const field = also[code] ?? CONFLICT_FIELDS[code];
  return field && formFields.includes(field) ? field : null;
}

/** showRefusal, plus the conflicts above next to their field; returns the message for the action, or null. */
export function showFormRefusal(form: FormInstance, error: unknown, formFields: readonly string[], also: Readonly<Record<string, string>> = {}): string | null {
  if (error instanceof ApiError) {
    const field = conflictField(error.refusal.code, formFields, also);
    if (field) {
      form.setFields([{ name: field, errors: [error.refusal.message] }]);
      return null;
    }
  }
  return showRefusal(form, error, formFields);
}
