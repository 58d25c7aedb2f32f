package vn.partracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A yearly assessment campaign over a set of assessed units, run by the assessment-campaign process. */
@Entity
@Table(name = "assessment_campaign")
class Campaign {

  enum Status { RUNNING, PUBLISHED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "campaign_year")
  private int year;

  private Long criteriaSetId;

  private Long coordinatorUnitId;

  private LocalDate councilDeadline;

  private LocalDate selfAssessmentDeadline;

  private LocalDate appraisalDeadline;

  private String sipasCode;

  @Enumerated(EnumType.STRING)
  private Status status;

  private boolean councilLate;

  private String councilMembers;

  private String councilChair;

  private String councilSecretary;

  private Instant councilSetUpAt;

  private String approvedBy;

  private Instant approvedAt;

  private Instant publishedAt;

  private String processInstanceId;

  private Instant createdAt;

  private Instant updatedAt;

  protected Campaign() {}

  Campaign(String name, int year, Long criteriaSetId, Long coordinatorUnitId, LocalDate councilDeadline,
      LocalDate selfAssessmentDeadline, LocalDate appraisalDeadline, String sipasCode, Instant now) {
    this.name = name;
    this.year = year;
    this.criteriaSetId = criteriaSetId;
    this.coordinatorUnitId = coordinatorUnitId;
    this.councilDeadline = councilDeadline;
    this.selfAssessmentDeadline = selfAssessmentDeadline;
    this.appraisalDeadline = appraisalDeadline;
    this.sipasCode = sipasCode;
    this.status = Status.RUNNING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void councilSetUp(String members, String chair, String secretary, Instant now) {
    this.councilMembers = members;
    this.councilChair = chair;
    this.councilSecretary = secretary;
    this.councilSetUpAt = now;
    this.updatedAt = now;
  }

  void markCouncilLate(Instant now) {
    this.councilLate = true;
    this.updatedAt = now;
  }

  void approve(String by, Instant now) {
    this.approvedBy = by;
    this.approvedAt = now;
    this.updatedAt = now;
  }

  void publish(Instant now) {
    this.status = Status.PUBLISHED;
    this.publishedAt = now;
    this.updatedAt = now;
  }

  Long getId() { return id; }
  String getName() { return name; }
  int getYear() { return year; }
  Long getCriteriaSetId() { return criteriaSetId; }
  Long getCoordinatorUnitId() { return coordinatorUnitId; }
  LocalDate getCouncilDeadline() { return councilDeadline; }
  LocalDate getSelfAssessmentDeadline() { return selfAssessmentDeadline; }
  LocalDate getAppraisalDeadline() { return appraisalDeadline; }
  String getSipasCode() { return sipasCode; }
  Status getStatus() { return status; }
  boolean isPublished() { return status == Status.PUBLISHED; }
  boolean isCouncilLate() { return councilLate; }
  String getCouncilMembers() { return councilMembers; }
  String getCouncilChair() { return councilChair; }
  String getCouncilSecretary() { return councilSecretary; }
  Instant getCouncilSetUpAt() { return councilSetUpAt; }
  String getApprovedBy() { return approvedBy; }
  Instant getApprovedAt() { return approvedAt; }
  Instant getPublishedAt() { return publishedAt; }
  String getProcessInstanceId() { return processInstanceId; }
}
