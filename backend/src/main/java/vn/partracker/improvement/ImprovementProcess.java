package vn.partracker.improvement;

/** Names of the {@code improvement-task} process: its key, elements and variables, in one place. */
final class ImprovementProcess {

  static final String KEY = "improvement-task";
  /** The model's {@code inboxSubject} property: the type of its work items and reminders. */
  static final String SUBJECT_TYPE = "IMPROVEMENT_TASK";

  static final String TASK_WORK = "Task_Work";
  static final String TASK_CONTRIBUTE = "Task_Contribute";
  static final String TASK_REVIEW = "Task_Review";

  static final String VAR_SUBJECT_ID = "subjectId";
  static final String VAR_LEAD_GROUP = "leadGroup";
  /** Transient: set by the {@code improvementOpened} listener from the plan item when the task opens. */
  static final String VAR_SUPPORT_GROUPS = "supportGroups";
  /** Set only for a task that opens later: the process waits for it. */
  static final String VAR_OPENS_AT = "opensAt";
  static final String VAR_DUE_DATE = "dueDate";
  static final String VAR_ACCEPTED = "accepted";

  private ImprovementProcess() {}
}
