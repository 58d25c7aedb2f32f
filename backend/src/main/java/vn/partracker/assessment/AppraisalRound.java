package vn.partracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.partracker.criteria.ItemScoring;

/**
 * One item's score in a closed appraisal round (chốt điểm): the points that counted, the figures
 * behind them, the council's reason, who set them and who closed the round. Written once, at the
 * close, and never changed: round 2 does not overwrite what round 1 said.
 */
@Entity
@Table(name = "assessment_round")
class AppraisalRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long answerId;

  @Column(name = "round_no")
  private int round;

  private BigDecimal points;
  private BigDecimal numerator;
  private BigDecimal denominator;
  private Integer events;
  private String reason;
  private String appraisedBy;
  private Instant appraisedAt;
  private String closedBy;
  private Instant closedAt;

  protected AppraisalRound() {}

  /** The answer as it stands when its round is closed: the council's points and figures, else the unit's. */
  AppraisalRound(Answer answer, int round, String closedBy, Instant closedAt) {
    this.answerId = answer.getId();
    this.round = round;
    this.points = answer.finalPoints();
    ItemScoring.Figures figures = answer.finalFigures();
    this.numerator = figures.numerator();
    this.denominator = figures.denominator();
    this.events = figures.events();
    this.reason = answer.getAppraisalReason();
    this.appraisedBy = answer.getAppraisedBy();
    this.appraisedAt = answer.getAppraisedAt();
    this.closedBy = closedBy;
    this.closedAt = closedAt;
  }

  Long getAnswerId() { return answerId; }
  int getRound() { return round; }
  BigDecimal getPoints() { return points; }
  ItemScoring.Figures figures() { return new ItemScoring.Figures(numerator, denominator, events); }
  String getReason() { return reason; }
  String getAppraisedBy() { return appraisedBy; }
  Instant getAppraisedAt() { return appraisedAt; }
  String getClosedBy() { return closedBy; }
  Instant getClosedAt() { return closedAt; }
}
