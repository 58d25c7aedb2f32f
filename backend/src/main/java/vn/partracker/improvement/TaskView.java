package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task occurrence with everything its detail page shows. */
public record TaskView(
    Long id,
    Long planId,
    String planName,
    String label,
    String status,
    boolean overdue,
    LocalDate opensOn,
    LocalDate dueOn,
    Long leadUnitId,
    String leadUnit,
    Criterion criterion,
    String report,
    String reviewComment,
    Instant submittedAt,
    String submittedBy,
    Instant reviewedAt,
    String reviewedBy,
    List<ContributionView> contributions,
    List<CommentView> comments,
    List<AttachmentView> attachments,
    List<Step> history,
    List<OpenStep> openSteps) {

  /** The criterion's context: max, achieved, target and what the plan asks. */
  public record Criterion(String code, String title, BigDecimal max, BigDecimal achieved, BigDecimal target,
      String tasks, String expectedOutput, String requirement, String deadlineText, List<String> supportingUnits) {}

  public record ContributionView(String unit, String note, String by, Instant at) {}

  public record CommentView(String author, String body, Instant at) {}

  public record AttachmentView(Long id, String filename, long size, String uploadedBy, Instant uploadedAt) {}

  /** A step of the process, done or cancelled; role LEAD (report), SUPPORT (contribution) or REVIEW. */
  public record Step(String name, String role, String unit, String status, Instant createdAt, Instant completedAt) {}

  /** A step still open: the work item to act on, for whom. */
  public record OpenStep(String workItemId, String name, String role, String unit, LocalDate dueDate) {}
}
