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

  void requestExplanation(String request, LocalDate due) {
    step = Step.EXPLANATION;
    explanationRequest = request;
    explanationDue = due;
    explanationReply = null;
  }

  void explain(String reply) {
    step = Step.SUBMITTED;
    explanationReply = reply;
  }

  void appraised(Instant now) {
    step = Step.APPRAISED;
    appraisedAt = now;
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
}
