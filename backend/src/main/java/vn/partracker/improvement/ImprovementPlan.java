package vn.partracker.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A plan to win back lost points: draft → approved (by a leader) → activating (its tasks being
 * started by {@link PlanActivation}) → active → closed.
 */
@Entity
@Table(name = "improvement_plan")
class ImprovementPlan {

  enum Status { DRAFT, APPROVED, ACTIVATING, ACTIVE, CLOSED }

  enum Source { IMPORT, GENERATED, MANUAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "plan_year")
  private int year;

  private Long ownerUnitId;

  /** The assessment campaign whose results the plan was drawn up from; null for imported plans. */
  private Long campaignId;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.STRING)
  private Source source;

  private BigDecimal baselineMax;
  private BigDecimal baselineAchieved;
  private BigDecimal baselineIndex;
  private String baselineClassification;

  private String approvedBy;
  private Instant approvedAt;
  private Instant activatedAt;
  private Instant closedAt;
  private Instant createdAt;
  private Instant updatedAt;

  protected ImprovementPlan() {}

  ImprovementPlan(String name, int year, Long ownerUnitId, Source source, Instant now) {
    this.name = name;
    this.year = year;
    this.ownerUnitId = ownerUnitId;
    this.source = source;
    this.status = Status.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void drawnUpFrom(long campaignId) {
    this.campaignId = campaignId;
  }

  void baseline(BigDecimal max, BigDecimal achieved, BigDecimal index, String classification) {
    this.baselineMax = max;
    this.baselineAchieved = achieved;
    this.baselineIndex = index;
    this.baselineClassification = classification;
  }

  void approve(String by, Instant now) {
    this.status = Status.APPROVED;
    this.approvedBy = by;
    this.approvedAt = now;
    this.updatedAt = now;
  }

  void startActivation(Instant now) {
    this.status = Status.ACTIVATING;
    this.updatedAt = now;
  }

  void activate(Instant now) {
    this.status = Status.ACTIVE;
    this.activatedAt = now;
    this.updatedAt = now;
  }

  void close(Instant now) {
    this.status = Status.CLOSED;
    this.closedAt = now;
    this.updatedAt = now;
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  Long getId() {
    return id;
  }

  String getName() {
    return name;
  }

  int getYear() {
    return year;
  }

  Long getCampaignId() {
    return campaignId;
  }

  Long getOwnerUnitId() {
    return ownerUnitId;
  }

  Status getStatus() {
    return status;
  }

  Source getSource() {
    return source;
  }

  BigDecimal getBaselineMax() {
    return baselineMax;
  }

  BigDecimal getBaselineAchieved() {
    return baselineAchieved;
  }

  BigDecimal getBaselineIndex() {
    return baselineIndex;
  }

  String getBaselineClassification() {
    return baselineClassification;
  }

  String getApprovedBy() {
    return approvedBy;
  }

  Instant getApprovedAt() {
    return approvedAt;
  }

  Instant getActivatedAt() {
    return activatedAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
