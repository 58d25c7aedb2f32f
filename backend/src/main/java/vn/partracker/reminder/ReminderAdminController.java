package vn.partracker.reminder;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Cursor;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.Message;

/** Reminder settings and the outbox, for administrators (the policy also for the coordinator). */
@RestController
@RequestMapping("/api/admin/reminders")
@PreAuthorize("hasRole('ADMIN')")
class ReminderAdminController {

  record PolicyRequest(List<Integer> beforeDays, Boolean onDueDay, Integer overdueEveryDays, Integer escalateAfterDays,
      Boolean workingDays, Boolean shiftDueDate, @Nullable Long version) {}

  /** A policy as read: its rules and the version a change sends back (0 while not stored). */
  record PolicyView(List<Integer> beforeDays, boolean onDueDay, int overdueEveryDays, int escalateAfterDays,
      boolean workingDays, boolean shiftDueDate, long version) {

    static PolicyView of(ReminderPolicy p, long version) {
      return new PolicyView(p.beforeDays(), p.onDueDay(), p.overdueEveryDays(), p.escalateAfterDays(), p.workingDays(),
          p.shiftDueDate(), version);
    }
  }

  record OutboxView(long id,
      @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED"}) String status, String email, String kind, String subject, String title, @Nullable LocalDate dueDate,
      int attempts, @Nullable java.time.Instant nextAttemptAt, @Nullable String claimedBy, @Nullable java.time.Instant sentAt, @Nullable String lastError) {}

  /** Counts by status over all the mails; a page of them, newest first, and where the older ones start (null: none). */
  record OutboxPage(Map<String, Long> counts, List<OutboxView> items, @Nullable String nextCursor) {}

  static final int OUTBOX_MAX_PAGE_SIZE = 200;

  private static final List<String> STATUSES = List.of(Outbox.PENDING, Outbox.SENDING, Outbox.SENT, Outbox.FAILED);

  private final ReminderService reminders;
  private final Outbox outbox;
  private final ReminderMail mail;
  private final UserService users;
  private final Clock clock;
  private final vn.partracker.shared.audit.AuditTrail audit;

  ReminderAdminController(ReminderService reminders, Outbox outbox, ReminderMail mail, UserService users, Clock clock,
      vn.partracker.shared.audit.AuditTrail audit) {
    this.audit = audit;
    this.reminders = reminders;
    this.outbox = outbox;
    this.mail = mail;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping("/policy")
  @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
  PolicyView policy() {
    return PolicyView.of(reminders.globalPolicy(), reminders.policyVersion(Policies.GLOBAL));
  }

  @PutMapping("/policy")
  @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
  PolicyView savePolicy(@RequestBody PolicyRequest r,
      @org.springframework.web.bind.annotation.RequestHeader(name = "If-Match", required = false) String ifMatch) {
    ReminderPolicy policy = ReminderPolicy.validated(r.beforeDays(), r.onDueDay(), r.overdueEveryDays(),
        r.escalateAfterDays(), r.workingDays(), r.shiftDueDate());
    long version = checkVersion(Policies.GLOBAL, r, ifMatch, reminders::globalPolicy);
    reminders.savePolicy(Policies.GLOBAL, policy, version);
    return PolicyView.of(reminders.globalPolicy(), reminders.policyVersion(Policies.GLOBAL));
  }

  /**
   * The version rule of every edit: the version read in the body or {@code If-Match} (neither is a
   * 422 on {@code version}); an older one is a 409 with who changed the policy, when, and the policy
   * as it is now. A policy not stored yet has version 0.
   */
  private long checkVersion(String key, PolicyRequest r, String ifMatch,
      java.util.function.Supplier<ReminderPolicy> current) {
    long version = IfMatch.required(r.version(), IfMatch.version(ifMatch), "shared.versionOf.policy");
    long stored = reminders.policyVersion(key);
    if (version != stored) {
      throw IfMatch.stale(Message.of("reminder.stalePolicy"), Message.of("reminder.stalePolicyKind"), audit.whoLast(PolicyRow.class, key),
          PolicyView.of(current.get(), stored));
    }
    return version;
  }

  /**
   * A campaign's or plan's own policy ({@code CAMPAIGN:12}, {@code PLAN:3}); without one the
   * global policy applies.
   */
  @GetMapping("/policy/{key}")
  @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
  PolicyView subjectPolicy(@org.springframework.web.bind.annotation.PathVariable String key) {
    String checked = checkedKey(key);
    return PolicyView.of(reminders.policy(checked).orElseGet(reminders::globalPolicy), reminders.policyVersion(checked));
  }

  @PutMapping("/policy/{key}")
  @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
  PolicyView saveSubjectPolicy(@org.springframework.web.bind.annotation.PathVariable String key,
      @RequestBody PolicyRequest r,
      @org.springframework.web.bind.annotation.RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String checked = checkedKey(key);
    ReminderPolicy policy = ReminderPolicy.validated(r.beforeDays(), r.onDueDay(), r.overdueEveryDays(),
        r.escalateAfterDays(), r.workingDays(), r.shiftDueDate());
    long version = checkVersion(checked, r, ifMatch, () -> reminders.policy(checked).orElseGet(reminders::globalPolicy));
    reminders.savePolicy(checked, policy, version);
    return PolicyView.of(policy, reminders.policyVersion(checked));
  }

  private static String checkedKey(String key) {
    if (key == null || !key.matches("(CAMPAIGN|PLAN):\\d{1,18}")) {
      throw vn.partracker.shared.ApiException.invalidField("key", "reminder.policyKeyFormat");
    }
    return key;
  }

  /** {@code size} (1–200, 50) mails of {@code status} (all without it), newest first; {@code cursor} from the previous page. */
  @GetMapping("/outbox")
  OutboxPage outbox(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int size) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.invalidField("status", "reminder.statusOneOf", String.join(", ", STATUSES));
    }
    if (size < 1 || size > OUTBOX_MAX_PAGE_SIZE) {
      throw ApiException.invalidField("size", "shared.pageSizeRange", OUTBOX_MAX_PAGE_SIZE);
    }
    Long before = null;
    if (cursor != null) {
      try {
        before = Long.parseLong(Cursor.decode(cursor, 1)[0]);
      } catch (NumberFormatException e) {
        throw Cursor.invalid();
      }
    }
    List<Outbox.Row> rows = outbox.byStatus(status, before, size + 1);
    String next = rows.size() > size ? Cursor.encode(String.valueOf(rows.get(size - 1).id())) : null;
    List<OutboxView> items = rows.stream().limit(size)
        .map(r -> new OutboxView(r.id(), r.status(), r.item().email(), r.item().kind(),
            r.item().subjectType() + ":" + r.item().subjectId(), r.item().title(), r.item().dueDate(), r.attempts(),
            r.nextAttemptAt(), r.claimedBy(), r.sentAt(), r.lastError()))
        .toList();
    return new OutboxPage(outbox.countByStatus(), items, next);
  }

  /** Puts a FAILED mail back in the queue with fresh attempts and sends it now. */
  @PostMapping("/outbox/{id}/retry")
  ReminderService.RunResult retry(@PathVariable long id) {
    if (!outbox.retry(id, clock.instant())) {
      throw ApiException.conflict("reminder.resendOnlyFailed", id);
    }
    return reminders.runNow();
  }

  /** Sweeps and sends now instead of waiting for the timer. */
  @PostMapping("/run")
  ReminderService.RunResult run() {
    return reminders.runNow();
  }

  /** A sample reminder, rendered with the real template, to the caller's own address. */
  @PostMapping("/test-email")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void testEmail() {
    UserView me = users.find(UnitScope.currentUser().id()).filter(u -> u.email() != null && !u.email().isBlank())
        .orElseThrow(() -> ApiException.invalidField("email", "mail.noEmailAddress"));
    LocalDate due = LocalDate.now(clock).plusDays(3);
    Outbox.Item sample = new Outbox.Item(me.id(), me.email(), me.displayName(), "TEST", "test-email", "BEFORE_3",
        due, due.minusDays(3), 3, false, "Thư thử nghiệm nhắc việc", me.unitName(), "/", false);
    try {
      mail.send(new Outbox.Row(0, sample, Outbox.SENDING, 1, null, null, null, null, null, clock.instant()));
    } catch (MessagingException | MailException e) {
      throw new ApiException(HttpStatus.BAD_GATEWAY, Message.of("mail.sendFailed", e.getMessage()), List.of());
    }
  }
}
