package vn.partracker.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * One user task of any process, as the inbox and dashboards read it. Written by the engine's task
 * listeners in the engine's own transaction, so it never disagrees with the engine.
 */
@Entity
@Table(name = "work_item")
public class WorkItem implements Persistable<String> {

  public enum Status { OPEN, DONE, CANCELLED }

  @Id
  private String id;

  private String processInstanceId;

  private String taskKey;

  private String subjectType;

  private Long subjectId;

  /** The unit that acts on it (its {@code unit-<id>} candidate group); null when a role group acts. */
  private Long unitId;
  /** The unit the step is about: the acting unit, or the one a role group acts on (a report under review). */
  private Long subjectUnitId;

  private String candidateGroup;

  private String role;

  private String title;

  private String stepName;

  private LocalDate dueOn;

  private LocalDate followUpOn;

  private String assignee;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant createdAt;

  private Instant completedAt;

  /** The id is the engine task's: a new item is inserted without first looking for it (no merge). */
  @Transient
  private boolean isNew;

  protected WorkItem() {}

  WorkItem(String id, String processInstanceId, String taskKey, String subjectType, Long subjectId, Instant now) {
    this.isNew = true;
    this.id = id;
    this.processInstanceId = processInstanceId;
    this.taskKey = taskKey;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.status = Status.OPEN;
    this.createdAt = now;
  }

  void describe(Long unitId, Long subjectUnitId, String candidateGroup, String role, String title, String stepName,
      LocalDate dueOn, LocalDate followUpOn, String assignee) {
    this.unitId = unitId;
    this.subjectUnitId = subjectUnitId;
    this.candidateGroup = candidateGroup;
    this.role = role;
    this.title = title;
    this.stepName = stepName;
    this.dueOn = dueOn;
    this.followUpOn = followUpOn;
    this.assignee = assignee;
  }

  void close(Status status, Instant now) {
    this.status = status;
    this.completedAt = now;
  }

  public String getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public Long getSubjectUnitId() {
    return subjectUnitId;
  }

  public String getCandidateGroup() {
    return candidateGroup;
  }

  public String getRole() {
    return role;
  }

  public String getTitle() {
    return title;
  }

  public String getStepName() {
    return stepName;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public String getAssignee() {
    return assignee;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void stored() {
    this.isNew = false;
  }
}
