export type UserCount = { totalElements: number };

/** The fields of an inbox entry (GET /api/tasks) the home page shows. */
export type UpcomingTask = {
  id: string;
  title: string;
  stepName: string;
  /** yyyy-MM-dd */
  dueDate: string | null;
  status: 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'RETURNED';
  role: 'LEAD' | 'SUPPORT' | 'REVIEW' | 'APPRAISE' | 'EXPLAIN' | 'APPROVE';
  unitName: string | null;
  context: string | null;
  link: string | null;
  subjectType?: string;
  /** when the step arrived (ISO instant): for a review, when the report was submitted */
  createdAt?: string | null;
};

/** A page of GET /api/tasks as the home page reads it: the entries and, on the first page, the counts per status. */
export type WorkPage = { items: UpcomingTask[]; nextCursor: string | null; counts: Record<string, number> | null };
