package vn.partracker.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A unit's answer to one scored item: its own points, and the council's when it changed them.
 * Versioned (a stale write is refused) and audited: every change is kept with who, when and from where.
 */
@Entity
@Audited
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

  @Version
  private long version;

  protected Answer() {}

  Answer(Long assessmentId, String code, String by, Instant now) {
    this.assessmentId = assessmentId;
    this.code = code;
    this.updatedBy = by;
    this.updatedAt = now;
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
  long getVersion() { return version; }
  Instant getUpdatedAt() { return updatedAt; }
  String getUpdatedBy() { return updatedBy; }
  Long getAssessmentId() { return assessmentId; }
  String getCode() { return code; }
  BigDecimal getSelfPoints() { return selfPoints; }
  boolean isNotApplicable() { return notApplicable; }
  String getExplanation() { return explanation; }
  BigDecimal getAppraisedPoints() { return appraisedPoints; }
  String getAppraisalReason() { return appraisalReason; }
}
