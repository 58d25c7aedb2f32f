export type UserCount = { totalElements: number };

/** The fields of an inbox entry (GET /api/tasks) the home page shows. */
export type UpcomingTask = {
  id: string;
  title: string;
  stepName: string;
  /** yyyy-MM-dd */
  dueDate: string | null;
  status: 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'RETURNED';
  role: 'LEAD' | 'SUPPORT' | 'REVIEW';
  unitName: string | null;
  context: string | null;
  link: string | null;
};
