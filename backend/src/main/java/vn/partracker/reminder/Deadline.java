package vn.partracker.reminder;

import java.time.LocalDate;

/**
 * A deadline another feature asks to be reminded of: a subject (e.g. {@code ASSESSMENT_STEP},
 * {@code IMPROVEMENT_TASK}) and its id, a title for people, the responsible unit, the due date
 * (null: ongoing, "Thường xuyên", no reminders), the path of the page to open, and the policy
 * key (null: the global policy; e.g. {@code CAMPAIGN:12} for a campaign's own policy).
 */
public record Deadline(
    String subjectType, String subjectId, String title, long unitId, LocalDate dueDate, String linkPath, String policyKey) {}
