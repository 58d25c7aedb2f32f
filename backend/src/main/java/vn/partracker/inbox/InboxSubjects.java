package vn.partracker.inbox;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each feature whose processes put work in the inbox: tells the inbox what its
 * subjects are (the criterion, the plan, where to open it, whether it was returned).
 */
public interface InboxSubjects {

  String subjectType();

  Map<Long, Subject> describe(Collection<Long> subjectIds);

  /** What the inbox shows about a subject. */
  record Subject(String criterionCode, String context, String link, boolean returned) {}
}
