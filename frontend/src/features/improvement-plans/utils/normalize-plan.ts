import type { Plan, PlanItem } from '../types';

/** Fills the lists and nested objects an older or partial answer may leave out. */
export function normalizeItem(item: PlanItem): PlanItem {
  return {
    ...item,
    leadUnitIds: item.leadUnitIds ?? (item.leadUnitId !== null && item.leadUnitId !== undefined ? [item.leadUnitId] : []),
    leadUnits: item.leadUnits ?? (item.leadUnit ? [item.leadUnit] : []),
    leadText: item.leadText ?? null,
    work: item.work ?? [],
    supportingUnitIds: item.supportingUnitIds ?? [],
    supportingUnits: item.supportingUnits ?? [],
    deadline: item.deadline ?? { kind: 'NONE', text: null, firstDue: null, occurrences: 0, needsAttention: false },
  };
}

export function normalizePlan<P extends Plan>(plan: P): P {
  return {
    ...plan,
    items: (plan.items ?? []).map(normalizeItem),
    baseline: plan.baseline ? { ...plan.baseline, fields: plan.baseline.fields ?? [] } : null,
  };
}
