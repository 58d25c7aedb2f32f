package vn.partracker.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;

/** A campaign with each unit's current step and whether it is late. */
public record CampaignView(
    Long id,
    String name,
    int year,
    Long criteriaSetId,
    String criteriaSetName,
    @Schema(allowableValues = {"RUNNING", "PUBLISHED"}) String status,
    LocalDate councilDeadline,
    LocalDate selfAssessmentDeadline,
    LocalDate appraisalDeadline,
    @Nullable String sipasCode,
    @Nullable Council council,
    boolean councilLate,
    @Nullable String approvedBy,
    @Nullable Instant approvedAt,
    @Nullable Instant publishedAt,
    LocalDate today,
    List<UnitProgress> units) {

  public record Council(String members, String chair, @Nullable String secretary, Instant setUpAt) {}

  public record UnitProgress(Long unitId, String unitName,
      @Schema(allowableValues = {"SELF_ASSESSMENT", "SUBMITTED", "EXPLANATION", "APPRAISED"}) String step, boolean late, @Nullable Instant submittedAt,
      @Nullable Instant appraisedAt, int answered, int total) {}
}
