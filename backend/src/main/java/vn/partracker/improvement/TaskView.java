package vn.partracker.improvement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;

/** A task occurrence with everything its detail page shows. */
public record TaskView(
    Long id,
    Long planId,
    String planName,
    String label,
    @Schema(allowableValues = {"WAITING", "OPEN", "SUBMITTED", "RETURNED", "ACCEPTED", "CANCELLED"}) String status,
    boolean overdue,
    @Nullable LocalDate opensOn,
    @Nullable LocalDate dueOn,
    @Nullable Long leadUnitId,
    @Nullable String leadUnit,
    Criterion criterion,
    @Nullable String report,
    @Nullable String reviewComment,
    @Nullable Instant submittedAt,
    @Nullable String submittedBy,
    @Nullable Instant reviewedAt,
    @Nullable String reviewedBy,
    List<ContributionView> contributions,
    List<CommentView> comments,
    List<AttachmentView> attachments,
    List<Step> history,
    List<OpenStep> openSteps) {

  /** The criterion's context: max, achieved, target and what the plan asks. */
  public record Criterion(@Nullable String code, String title, @Nullable BigDecimal max, @Nullable BigDecimal achieved, @Nullable BigDecimal target,
      @Nullable String tasks, @Nullable String expectedOutput, @Nullable String requirement, @Nullable String deadlineText, List<String> supportingUnits) {}

  public record ContributionView(@Nullable String unit, @Nullable String note, String by, Instant at) {}

  public record CommentView(String author, String body, Instant at) {}

  public record AttachmentView(Long id, String filename, long size, String uploadedBy, Instant uploadedAt) {}

  /** A step of the process, done or cancelled; role LEAD (report), SUPPORT (contribution) or REVIEW. */
  public record Step(String name,
      @Nullable @Schema(allowableValues = {"LEAD", "SUPPORT", "REVIEW", "APPRAISE", "EXPLAIN", "APPROVE"}) String role,
      @Nullable String unit, @Schema(allowableValues = {"DONE", "CANCELLED"}) String status, Instant createdAt,
      @Nullable Instant completedAt) {}

  /** A step still open: the work item to act on, for whom. */
  public record OpenStep(String workItemId, String name,
      @Schema(allowableValues = {"LEAD", "SUPPORT", "REVIEW", "APPRAISE", "EXPLAIN", "APPROVE"}) String role,
      @Nullable String unit, @Nullable LocalDate dueDate) {}
}
