package vn.partracker.assessment;

/** Names of the assessment-campaign and unit-assessment processes, in one place. */
final class CampaignProcess {

  static final String KEY = "assessment-campaign";
  static final String UNIT_KEY = "unit-assessment";
  /** The models' {@code inboxSubject} properties: the types of their work items and reminders. */
  static final String CAMPAIGN_SUBJECT = "ASSESSMENT_CAMPAIGN";
  static final String UNIT_SUBJECT = "UNIT_ASSESSMENT";

  static final String TASK_SET_UP_COUNCIL = "Task_SetUpCouncil";
  static final String TASK_APPROVE = "Task_Approve";
  static final String TASK_SELF_ASSESS = "Task_SelfAssess";
  static final String TASK_APPRAISE = "Task_Appraise";
  static final String TASK_EXPLAIN = "Task_Explain";
  static final String MESSAGE_WITHDRAW = "assessmentWithdrawn";

  static final String VAR_CAMPAIGN_ID = "campaignId";
  static final String VAR_CAMPAIGN_UNIT_IDS = "campaignUnitIds";
  static final String VAR_CAMPAIGN_UNIT_ID = "campaignUnitId";
  static final String VAR_UNIT_ID = "unitId";
  static final String VAR_SUBJECT_ID = "subjectId";
  static final String VAR_COUNCIL_DUE = "councilDue";
  static final String VAR_SELF_DUE = "selfAssessmentDue";
  static final String VAR_APPRAISAL_DUE = "appraisalDue";
  static final String VAR_OUTCOME = "outcome";
  static final String VAR_EXPLANATION_DUE = "explanationDue";

  private CampaignProcess() {}
}
