import type { Schemas } from '@/lib/api-paths';

/** One activity of the process instance, from the engine's history. */
export type CaseHistoryEntry = Schemas['CaseViewsHistoryEntry'];

/**
 * GET /api/cases/improvement-tasks/{id} | /api/cases/campaigns/{id}[/units/{unitId}]: the deployed
 * BPMN XML, the active activities and the overdue ones (active user tasks past their due date).
 */
export type CaseView = Schemas['CaseViewsCaseView'];

export type CaseKind = 'improvement-tasks' | 'campaigns';
