package vn.partracker.criteria;

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

/** A criteria set (Bộ tiêu chí): one per year and assessed level; immutable once published. */
@Entity
@Table(name = "criteria_set")
class CriteriaSet {

  enum Status { DRAFT, PUBLISHED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "assessment_year")
  private int year;

  private String level;

  @Enumerated(EnumType.STRING)
  private Status status;

  private BigDecimal thresholdExcellent;
  private BigDecimal thresholdGood;
  private BigDecimal thresholdFair;
  private BigDecimal thresholdAverage;

  private Long copiedFromId;

  /** The index with bonus points stays at most 100 (the default) or may pass it. */
  @Column(name = "index_capped_at_100")
  private boolean indexCappedAt100 = true;

  private Instant createdAt;

  private Instant updatedAt;

  protected CriteriaSet() {}

  CriteriaSet(String name, int year, String level, Thresholds thresholds, boolean indexCappedAt100, Long copiedFromId,
      Instant now) {
    this.status = Status.DRAFT;
    this.copiedFromId = copiedFromId;
    this.createdAt = now;
    update(name, year, level, thresholds, indexCappedAt100, now);
  }

  void update(String name, int year, String level, Thresholds thresholds, boolean indexCappedAt100, Instant now) {
    this.indexCappedAt100 = indexCappedAt100;
    this.name = name;
    this.year = year;
    this.level = level;
    this.thresholdExcellent = thresholds.excellent();
    this.thresholdGood = thresholds.good();
    this.thresholdFair = thresholds.fair();
    this.thresholdAverage = thresholds.average();
    this.updatedAt = now;
  }

  void publish(Instant now) {
    this.status = Status.PUBLISHED;
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

  String getLevel() {
    return level;
  }

  Status getStatus() {
    return status;
  }

  boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  Thresholds thresholds() {
    return new Thresholds(thresholdExcellent, thresholdGood, thresholdFair, thresholdAverage);
  }

  boolean isIndexCappedAt100() {
    return indexCappedAt100;
  }

  Long getCopiedFromId() {
    return copiedFromId;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
