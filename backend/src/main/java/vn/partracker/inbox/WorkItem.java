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

  /** What the work lists filter on (V19): the subject's plan, criterion and field, whether it was sent back. */
  private Long planId;
  private String context;
  private String criterionCode;
  private String fieldCode;
  private boolean returned;
  /** Where the item opens: its subject's page (V29). */
  private String link;
  /** The title and the criterion code, lower case without diacritics: what the free-text filter matches. */
  private String searchText;
  /** The keyset's first column: the due date, or 31/12/9999 for work without one (listed last). */
  private LocalDate dueKey = NO_DUE;

  static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

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
    this.dueKey = dueOn == null ? NO_DUE : dueOn;
    this.searchText = searchText(title, criterionCode);
  }

  /**
   * What the subject's feature tells about it when a step is created: its plan, criterion (and so field),
   * where it opens and, for lead work, whether it was sent back. Null (subject unknown) leaves only the title searchable.
   */
  void subject(InboxSubjects.Subject subject) {
    if (subject != null) {
      this.planId = subject.planId();
      this.context = subject.context();
      this.criterionCode = subject.criterionCode();
      this.fieldCode = fieldOf(subject.criterionCode());
      this.returned = subject.returned() && "LEAD".equals(role);
      this.link = subject.link();
    }
    this.searchText = searchText(title, criterionCode);
  }

  /** The field (lĩnh vực) of a criterion code: "1" of "1.5.3"; null without a code. */
  static String fieldOf(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    int dot = code.indexOf('.');
    return (dot < 0 ? code : code.substring(0, dot)).strip();
  }

  static String searchText(String title, String criterionCode) {
    String text = vn.partracker.shared.Table.key((title == null ? "" : title) + " " + (criterionCode == null ? "" : criterionCode));
    return text.length() > 1200 ? text.substring(0, 1200) : text;
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

  public Long getPlanId() {
    return planId;
  }

  public String getContext() {
    return context;
  }

  public String getLink() {
    return link;
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public boolean isReturned() {
    return returned;
  }

  String getSearchText() {
    return searchText;
  }

  LocalDate getDueKey() {
    return dueKey;
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
