package vn.partracker.shared;

/**
 * The sizes of the text columns behind the forms, in one place: request records carry them as
 * Bean Validation limits ({@code @Size(max = Limits.TEXT)}), so that an overlong value is a 422
 * on its field, never a failed insert (a 500).
 */
public final class Limits {

  private Limits() {}

  /** A username (work_item.assignee, submitted_by, ...). */
  public static final int USERNAME = 100;
  /** Short texts: a deadline as published. */
  public static final int SHORT_TEXT = 1_000;
  /** Reasons, explanations, outputs, requirements, comments. */
  public static final int TEXT = 4_000;
  /** A plan item's tasks and a task's report. */
  public static final int LONG_TEXT = 10_000;

  /** Bean Validation resolves the key through the server messages (messages*.properties). */
  public static final String TOO_LONG = "{validation.tooLong}";
}
