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
import vn.partracker.criteria.ItemScoring;

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

  /** Figures of a rate (numerator of denominator) or deduction (events) item, as the unit reported them. */
  private BigDecimal numerator;
  private BigDecimal denominator;
  private Integer events;

  /** The figures the council set when it changed them. */
  private BigDecimal appraisedNumerator;
  private BigDecimal appraisedDenominator;
  private Integer appraisedEvents;

  /** Who set the council's points of the open round, and when (cleared when a new round opens). */
  private String appraisedBy;
  private Instant appraisedAt;

  /** The unit's explanation of this item after round 1 (giải trình). */
  private String reply;

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

  void answer(BigDecimal points, boolean notApplicable, String explanation, ItemScoring.Figures figures, String by,
      Instant now) {
    this.numerator = notApplicable || figures == null ? null : figures.numerator();
    this.denominator = notApplicable || figures == null ? null : figures.denominator();
    this.events = notApplicable || figures == null ? null : figures.events();
    this.selfPoints = notApplicable ? null : points;
    this.notApplicable = notApplicable;
    this.explanation = explanation;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  void appraise(BigDecimal points, String reason, ItemScoring.Figures figures, String by, Instant now) {
    this.appraisedNumerator = figures == null ? null : figures.numerator();
    this.appraisedDenominator = figures == null ? null : figures.denominator();
    this.appraisedEvents = figures == null ? null : figures.events();
    this.appraisedPoints = points;
    this.appraisalReason = reason;
    this.appraisedBy = by;
    this.appraisedAt = now;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** The unit explains this item between the rounds. */
  void reply(String text, String by, Instant now) {
    this.reply = text;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /**
   * A new round opens from where the closed one ended: the points and figures stay as the council
   * left them (the next round's starting values), its reason and name go with the closed round.
   */
  void openNextRound() {
    if (appraisedPoints == null) {
      appraisedPoints = selfPoints;
      appraisedNumerator = numerator;
      appraisedDenominator = denominator;
      appraisedEvents = events;
    }
    appraisalReason = null;
    appraisedBy = null;
    appraisedAt = null;
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
  ItemScoring.Figures figures() { return new ItemScoring.Figures(numerator, denominator, events); }
  ItemScoring.Figures appraisedFigures() {
    return new ItemScoring.Figures(appraisedNumerator, appraisedDenominator, appraisedEvents);
  }
  /** The figures behind {@link #finalPoints()}. */
  ItemScoring.Figures finalFigures() {
    return appraisedPoints != null && !appraisedFigures().isEmpty() ? appraisedFigures() : figures();
  }
  String getAppraisedBy() { return appraisedBy; }
  Instant getAppraisedAt() { return appraisedAt; }
  String getReply() { return reply; }
}
