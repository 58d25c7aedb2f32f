package vn.partracker.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A unit's answer to one scored item: its own points, and the council's when it changed them. */
@Entity
@Table(name = "assessment_answer")
class Answer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long assessmentId;

  private String code;

  private BigDecimal selfPoints;

  private boolean notApplicable;

  private String explanation;

  private BigDecimal appraisedPoints;

  private String appraisalReason;

  private Instant updatedAt;

  private String updatedBy;

  protected Answer() {}

  Answer(Long assessmentId, String code) {
    this.assessmentId = assessmentId;
    this.code = code;
  }

  void answer(BigDecimal points, boolean notApplicable, String explanation, String by, Instant now) {
    this.selfPoints = notApplicable ? null : points;
    this.notApplicable = notApplicable;
    this.explanation = explanation;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  void appraise(BigDecimal points, String reason, String by, Instant now) {
    this.appraisedPoints = points;
    this.appraisalReason = reason;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** The points that count: the council's if it changed them, else the unit's own. */
  BigDecimal finalPoints() {
    return appraisedPoints != null ? appraisedPoints : selfPoints;
  }

  boolean isAnswered() {
    return notApplicable || selfPoints != null;
  }

  Long getId() { return id; }
  Long getAssessmentId() { return assessmentId; }
  String getCode() { return code; }
  BigDecimal getSelfPoints() { return selfPoints; }
  boolean isNotApplicable() { return notApplicable; }
  String getExplanation() { return explanation; }
  BigDecimal getAppraisedPoints() { return appraisedPoints; }
  String getAppraisalReason() { return appraisalReason; }
}
