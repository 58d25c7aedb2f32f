package vn.partracker.reminder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.partracker.shared.Role;

/**
 * Published by a feature when work passes to other people (a report to review, a decision back to
 * the unit, an explanation request, a publication, an assignment). The reminder feature turns it,
 * in the publisher's transaction, into one in-app notification and one outbox mail per recipient,
 * so a hand-over that commits is told exactly once and one that rolls back is never told.
 *
 * @param kind what happened
 * @param subjectType the subject's type, as in the inbox and reminders ({@code IMPROVEMENT_TASK})
 * @param subjectId the subject's id
 * @param key what makes this hand-over unique among the subject's others (e.g. the id of the
 *     completed step); the same key twice is told once
 * @param title the subject's title as people know it
 * @param unitId the unit the sentence names (who reported, who is asked to explain), or null
 * @param actor the username of who handed over (never told of their own act), or null
 * @param detail the comment, note, request or reply that goes with it, or null
 * @param dueDate the subject's due date, or null
 * @param linkPath where to open it in the app ({@code /improvement-tasks/7})
 * @param to who is told
 */
public record HandOver(Kind kind, String subjectType, String subjectId, String key, String title, Long unitId,
    String actor, String detail, LocalDate dueDate, String linkPath, List<To> to) {

  public enum Kind {
    /** A lead unit reported its task: to the reviewers. */
    REPORTED,
    /** A supporting unit contributed: to the lead unit. */
    CONTRIBUTED,
    /** The report was accepted: to the lead unit. */
    ACCEPTED,
    /** The report was returned with a comment: to the lead unit. */
    RETURNED,
    /** The council asks a unit to explain its self-assessment: to the unit. */
    EXPLAIN_REQUESTED,
    /** The unit explained: to the council. */
    EXPLAINED,
    /** The chairman approved a campaign's results: to the coordinators who run it. */
    APPROVED,
    /** A campaign's results were published: to the heads of the assessed units. */
    PUBLISHED,
    /** A step was assigned to one person: to that person. */
    ASSIGNED
  }

  public HandOver {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    to = List.copyOf(to);
  }

  /**
   * Who is told: the users of a unit holding one of the roles, every user holding a role (a role
   * group, e.g. the coordinators), or one user by username.
   */
  public record To(Long unitId, Set<Role> roles, String username) {

    /** The heads and staff of a unit: those who do its work. */
    public static To unitStaff(long unitId) {
      return new To(unitId, EnumSet.of(Role.UNIT_HEAD, Role.UNIT_STAFF), null);
    }

    /** The users of a unit with one of these roles. */
    public static To unit(long unitId, Role first, Role... more) {
      return new To(unitId, EnumSet.of(first, more), null);
    }

    /** Every user with this role, whatever their unit. */
    public static To role(Role role) {
      return new To(null, EnumSet.of(role), null);
    }

    public static To user(String username) {
      return new To(null, Set.of(), username);
    }
  }
}
