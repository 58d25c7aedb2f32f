package vn.partracker.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature whose processes put work in the inbox: tells the inbox what its
 * subjects are (the criterion, the plan, where to open it, whether it was returned).
 */
public interface InboxSubjects {

  String subjectType();

  Map<Long, Subject> describe(Collection<Long> subjectIds);

  /**
   * One subject, asked when a step of it is created, inside the engine's transaction: what the work
   * lists filter on is stored with the step. Implementations should find by id (the persistence
   * context answers without a query while a plan starts thousands of steps).
   */
  default Subject subject(long subjectId) {
    return describe(List.of(subjectId)).get(subjectId);
  }

  /**
   * What the inbox shows about a subject: {@code title} the title of its steps (the step's name when
   * null), {@code planId} the improvement plan it belongs to, if any.
   */
  record Subject(String title, String criterionCode, String context, String link, boolean returned, Long planId) {

    public Subject(String title, String context, String link) {
      this(title, null, context, link, false, null);
    }
  }
}
