package vn.partracker.reminder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.UnitService;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;

/**
 * What other features call: track a deadline (again, when it moves), untrack it when done, and
 * set a campaign's or plan's own policy. Reminders follow at the next sweep.
 */
@Service
@Transactional
public class ReminderService {

  private final Deadlines deadlines;
  private final Policies policies;
  private final UnitService units;
  private final ReminderSweep sweep;
  private final ReminderSender sender;
  private final Clock clock;

  ReminderService(Deadlines deadlines, Policies policies, UnitService units, ReminderSweep sweep, ReminderSender sender,
      Clock clock) {
    this.deadlines = deadlines;
    this.policies = policies;
    this.units = units;
    this.sweep = sweep;
    this.sender = sender;
    this.clock = clock;
  }

  /** Starts or updates reminders for a subject; a changed due date gives new reminders. */
  public void track(Deadline deadline) {
    List<ApiErrorItem> errors = new ArrayList<>();
    check(errors, "subjectType", deadline.subjectType(), 40);
    check(errors, "subjectId", deadline.subjectId(), 100);
    check(errors, "title", deadline.title(), 500);
    if (deadline.linkPath() != null && deadline.linkPath().length() > 500) {
      errors.add(ApiErrorItem.field("linkPath", "reminder.linkPathTooLong"));
    }
    if (deadline.policyKey() != null && deadline.policyKey().length() > 100) {
      errors.add(ApiErrorItem.field("policyKey", "reminder.policyKeyTooLong"));
    }
    if (!units.exists(deadline.unitId())) {
      errors.add(ApiErrorItem.field("unitId", "shared.noUnitWithId", deadline.unitId()));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("reminder.deadlineInvalid", errors);
    }
    deadlines.upsert(deadline, clock.instant());
  }

  private static void check(List<ApiErrorItem> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(ApiErrorItem.field(field, "shared.required"));
    } else if (value.length() > max) {
      errors.add(ApiErrorItem.field(field, "shared.tooLong", max));
    }
  }

  /** Stops reminders for these subjects (a plan closed), a thousand per statement; how many were tracked. */
  public int untrackAll(String subjectType, Collection<String> subjectIds) {
    return deadlines.deleteAll(subjectType, subjectIds);
  }

  /** Stops reminders for a subject (done, cancelled); true when it was tracked. */
  public boolean untrack(String subjectType, String subjectId) {
    return deadlines.delete(subjectType, subjectId);
  }

  @Transactional(readOnly = true)
  public ReminderPolicy globalPolicy() {
    return policies.global();
  }

  /** A subject's own policy (e.g. {@code CAMPAIGN:12}), if it has one. */
  @Transactional(readOnly = true)
  public Optional<ReminderPolicy> policy(String key) {
    return policies.find(key);
  }

  /** Sets the global policy ({@code GLOBAL}) or a subject's own. */
  public void savePolicy(String key, ReminderPolicy policy) {
    savePolicy(key, policy, null);
  }

  /**
   * The same, based on the version read ({@code expected}; null: the system's own write): a write
   * that met another one since that read is refused (409).
   */
  public void savePolicy(String key, ReminderPolicy policy, Long expected) {
    if (key == null || key.isBlank() || key.length() > 100) {
      throw ApiException.invalidField("policyKey", "reminder.policyKeyRequired");
    }
    policies.save(key, policy, clock.instant(), expected);
  }

  /** A policy's version as read (0 while it is not stored: the configuration's defaults). */
  @Transactional(readOnly = true)
  public long policyVersion(String key) {
    return policies.version(key);
  }

  public boolean deletePolicy(String key) {
    return policies.delete(key);
  }

  /** Sweeps now and sends what it found (after the sweep's commits). */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
  public RunResult runNow() {
    ReminderSweep.Result swept = sweep.sweep();
    int sent = sender.sendPending();
    return new RunResult(swept.deadlines(), swept.mails(), swept.notifications(), sent, swept.millis());
  }

  /** What one run did: deadlines looked at, new mails and notifications, mails sent. */
  public record RunResult(int deadlines, int newMails, int newNotifications, int sent, long sweepMillis) {}
}
