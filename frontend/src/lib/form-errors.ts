import type { FormInstance } from 'antd';
import { isApiError } from './api-client';

/**
 * Puts the field errors of a 422 problem on the matching form fields.
 * Returns the messages that matched no field (to show above the form).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string[] {
  if (!isApiError(error) || error.errors.length === 0) return [];
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const e of error.errors) {
    if (e.field && fieldNames.includes(e.field)) {
      byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    } else {
      unmatched.push(e.field ? `${e.field}: ${e.message}` : e.message);
    }
  }
  form.setFields([...byField.entries()].map(([name, errors]) => ({ name, errors })));
  return unmatched;
}
