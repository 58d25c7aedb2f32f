package vn.partracker.improvement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of an item's work for one of its lead units, run by one {@code improvement-task}
 * process instance: an item led by several units has one task per unit and occurrence.
 */
@Entity
@jakarta.persistence.EntityListeners(TaskChangeListener.class)
@Table(name = "improvement_task")
class ImprovementTask {

  enum Status { WAITING, OPEN, SUBMITTED, RETURNED, ACCEPTED, CANCELLED }

  /** Ids are taken from {@code improvement_task_seq} this many at a time (see {@link TaskIdSequence}). */
  static final int ID_BLOCK = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_task_seq")
  @SequenceGenerator(name = "improvement_task_seq", sequenceName = "improvement_task_seq", allocationSize = ID_BLOCK)
  private Long id;

  private Long planId;

  private Long itemId;

  private String label;

  private LocalDate opensOn;

  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private Status status;

  private boolean overdue;

  private Long leadUnitId;

  /** The task of the item's principal lead: the one the supporting units contribute to. */
  private boolean principal;

  private String processInstanceId;

  private String report;

  private String reviewComment;

  private Instant submittedAt;

  private LocalDate submittedOn;

  private String submittedBy;

  private Instant reviewedAt;

  private String reviewedBy;

  private Instant createdAt;

  private Instant updatedAt;

  protected ImprovementTask() {}

  ImprovementTask(Long planId, Long itemId, Long leadUnitId, boolean principal, Deadline.Occurrence occurrence,
      boolean opensNow, Instant now) {
    this.planId = planId;
    this.itemId = itemId;
    this.leadUnitId = leadUnitId;
    this.principal = principal;
    this.label = occurrence.label();
    this.opensOn = occurrence.opensOn();
    this.dueOn = occurrence.dueOn();
    this.status = opensNow ? Status.OPEN : Status.WAITING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void submit(String report, String by, Instant now) {
    this.submittedOn = now.atZone(vn.partracker.shared.TimeConfig.ZONE).toLocalDate();
    this.report = report;
    this.status = Status.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  void review(boolean accepted, String comment, String by, Instant now) {
    this.status = accepted ? Status.ACCEPTED : Status.RETURNED;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = now;
    this.updatedAt = now;
  }

  void open(Instant now) {
    if (status == Status.WAITING) {
      status = Status.OPEN;
      updatedAt = now;
    }
  }

  void markOverdue(Instant now) {
    this.overdue = true;
    this.updatedAt = now;
  }

  void cancel(Instant now) {
    this.status = Status.CANCELLED;
    this.updatedAt = now;
  }

  boolean isClosed() {
    return status == Status.ACCEPTED || status == Status.CANCELLED;
  }

  Long getId() {
    return id;
  }

  Long getPlanId() {
    return planId;
  }

  Long getItemId() {
    return itemId;
  }

  /** The occurrence of its item's deadline this task is. */
  Deadline.Occurrence occurrence() {
    return new Deadline.Occurrence(label, opensOn, dueOn);
  }

  String getLabel() {
    return label;
  }

  LocalDate getOpensOn() {
    return opensOn;
  }

  LocalDate getDueOn() {
    return dueOn;
  }

  Status getStatus() {
    return status;
  }

  boolean isOverdue() {
    return overdue;
  }

  Long getLeadUnitId() {
    return leadUnitId;
  }

  boolean isPrincipal() {
    return principal;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getReport() {
    return report;
  }

  String getReviewComment() {
    return reviewComment;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  Instant getReviewedAt() {
    return reviewedAt;
  }

  String getReviewedBy() {
    return reviewedBy;
  }
}
