/** One activity of the process instance, from the engine's history (CaseViews.HistoryEntry). */
export type CaseHistoryEntry = {
  activityId: string;
  activityName: string | null;
  activityType: string;
  startTime: string;
  endTime: string | null;
  assignee: string | null;
};

/** GET /api/cases/improvement-tasks/{id} | /api/cases/campaigns/{id}[/units/{unitId}] (CaseViews.CaseView). */
export type CaseView = {
  title: string;
  processDefinitionKey: string;
  /** the deployed BPMN XML of the instance's process definition */
  xml: string;
  activeActivityIds: string[];
  /** active user tasks whose due date has passed */
  overdueActivityIds: string[];
  history: CaseHistoryEntry[];
};

export type CaseKind = 'improvement-tasks' | 'campaigns';
