package vn.partracker.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One assessed unit's progress in a campaign. */
@Entity
@Table(name = "assessment_unit")
class AssessedUnit {

  /** Where the unit stands; the unit-assessment process moves it. */
  enum Step { SELF_ASSESSMENT, SUBMITTED, EXPLANATION, APPRAISED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;

  private Long unitId;

  @Enumerated(EnumType.STRING)
  private Step step;

  private boolean late;

  private Instant submittedAt;

  private Instant appraisedAt;

  private String explanationRequest;

  private LocalDate explanationDue;

  private String explanationReply;

  /** The appraisal round the council works in: 1, then 2 after the unit explained. */
  private int appraisalRound = 1;

  /** The last round the council closed (chốt điểm); 0 while none is. */
  private int closedRound;

  /** The unit-assessment process instance, kept when it starts (null for units started before it was kept). */
  private String processInstanceId;

  protected AssessedUnit() {}

  AssessedUnit(Long campaignId, Long unitId) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.step = Step.SELF_ASSESSMENT;
  }

  void submit(Instant now) {
    step = Step.SUBMITTED;
    submittedAt = now;
  }

  void withdraw() {
    step = Step.SELF_ASSESSMENT;
  }

  /** Round 1 is closed; the unit explains before round 2. */
  void requestExplanation(String request, LocalDate due) {
    closedRound = appraisalRound;
    step = Step.EXPLANATION;
    explanationRequest = request;
    explanationDue = due;
    explanationReply = null;
  }

  void explain(String reply) {
    step = Step.SUBMITTED;
    explanationReply = reply;
    appraisalRound = closedRound + 1;
  }

  /** The council closes the round it works in, and the appraisal. */
  void appraised(Instant now) {
    closedRound = appraisalRound;
    step = Step.APPRAISED;
    appraisedAt = now;
  }

  void processStarted(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void markLate() {
    late = true;
  }

  Long getId() { return id; }
  Long getCampaignId() { return campaignId; }
  Long getUnitId() { return unitId; }
  Step getStep() { return step; }
  boolean isLate() { return late; }
  Instant getSubmittedAt() { return submittedAt; }
  Instant getAppraisedAt() { return appraisedAt; }
  String getExplanationRequest() { return explanationRequest; }
  LocalDate getExplanationDue() { return explanationDue; }
  String getExplanationReply() { return explanationReply; }
  int getAppraisalRound() { return appraisalRound; }
  int getClosedRound() { return closedRound; }
  String getProcessInstanceId() { return processInstanceId; }
}
