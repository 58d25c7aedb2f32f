import type { PolicyRequest, ReminderPolicy } from '../types';

/** The limits ReminderPolicy.validated checks on the server. */
export const POLICY_LIMITS = {
  beforeDaysCount: 10,
  beforeDays: { min: 1, max: 90 },
  overdueEveryDays: { min: 0, max: 30 },
  escalateAfterDays: { min: 0, max: 90 },
} as const;

/** The form's values: before-days as typed tags ("7", "3"), the rest as the policy has them. */
export type PolicyFormValues = Omit<PolicyRequest, 'beforeDays' | 'overdueEveryDays' | 'escalateAfterDays'> & {
  beforeDays: (string | number)[];
  overdueEveryDays: number | null;
  escalateAfterDays: number | null;
};

export type PolicyField = 'beforeDays' | 'overdueEveryDays' | 'escalateAfterDays';
/** i18n key (under reminders.policy.errors) of each problem, by field. */
export type PolicyErrors = Partial<Record<PolicyField, string>>;

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** "7", 7, " 3 " → numbers; anything else (text, 2.5) → NaN. */
export function parseDays(values: readonly (string | number)[] | undefined): number[] {
  return (values ?? []).map((v) => {
    const text = String(v).trim();
    return /^\d+$/.test(text) ? Number(text) : Number.NaN;
  });
}

/** The same checks as the server, by field; an empty object when the values can be sent. */
export function validatePolicy(values: PolicyFormValues): PolicyErrors {
  const errors: PolicyErrors = {};
  const days = parseDays(values.beforeDays);
  const { min, max } = POLICY_LIMITS.beforeDays;
  if (new Set(days).size > POLICY_LIMITS.beforeDaysCount) errors.beforeDays = 'beforeDaysCount';
  else if (days.some((d) => !isWhole(d) || d < min || d > max)) errors.beforeDays = 'beforeDaysRange';
  const every = values.overdueEveryDays;
  if (!isWhole(every) || every < POLICY_LIMITS.overdueEveryDays.min || every > POLICY_LIMITS.overdueEveryDays.max) {
    errors.overdueEveryDays = 'overdueEveryDays';
  }
  const escalate = values.escalateAfterDays;
  if (!isWhole(escalate) || escalate < POLICY_LIMITS.escalateAfterDays.min || escalate > POLICY_LIMITS.escalateAfterDays.max) {
    errors.escalateAfterDays = 'escalateAfterDays';
  }
  return errors;
}

/** The PUT body: before-days distinct, largest first (as the server stores them). */
export function toPolicyRequest(values: PolicyFormValues): PolicyRequest {
  const days = [...new Set(parseDays(values.beforeDays))].sort((a, b) => b - a);
  return {
    beforeDays: days,
    onDueDay: Boolean(values.onDueDay),
    overdueEveryDays: values.overdueEveryDays ?? 0,
    escalateAfterDays: values.escalateAfterDays ?? 0,
    workingDays: Boolean(values.workingDays),
    shiftDueDate: Boolean(values.shiftDueDate),
  };
}

export function toFormValues(policy: ReminderPolicy): PolicyFormValues {
  return { ...policy, beforeDays: policy.beforeDays.map(String) };
}
