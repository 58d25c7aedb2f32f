package vn.partracker.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign with each unit's current step and whether it is late. */
public record CampaignView(
    Long id,
    String name,
    int year,
    Long criteriaSetId,
    String criteriaSetName,
    String status,
    LocalDate councilDeadline,
    LocalDate selfAssessmentDeadline,
    LocalDate appraisalDeadline,
    String sipasCode,
    Council council,
    boolean councilLate,
    String approvedBy,
    Instant approvedAt,
    Instant publishedAt,
    LocalDate today,
    List<UnitProgress> units) {

  public record Council(String members, String chair, String secretary, Instant setUpAt) {}

  public record UnitProgress(Long unitId, String unitName, String step, boolean late, Instant submittedAt,
      Instant appraisedAt, int answered, int total) {}
}
