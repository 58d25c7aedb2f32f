package vn.partracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.TimeConfig;

/**
 * The calendar feed: a secret URL per user (created or rotated, and revoked, by the user) that
 * Outlook or a phone subscribes to, listing the deadlines of the user's units (all units for
 * those who see all) from 6 months back, one all-day VEVENT per deadline.
 */
@RestController
class CalendarFeedController {

  record TokenView(String url) {}

  private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

  private final CalendarTokens tokens;
  private final Deadlines deadlines;
  private final UserService users;
  private final UnitScope scope;
  private final ReminderMail mail;
  private final Clock clock;

  CalendarFeedController(CalendarTokens tokens, Deadlines deadlines, UserService users, UnitScope scope,
      ReminderMail mail, Clock clock) {
    this.tokens = tokens;
    this.deadlines = deadlines;
    this.users = users;
    this.scope = scope;
    this.mail = mail;
    this.clock = clock;
  }

  @PostMapping("/api/calendar/token")
  @Transactional
  TokenView rotate() {
    String token = tokens.rotate(UnitScope.currentUser().id(), clock.instant());
    return new TokenView(mail.link("/api/calendar/" + token + ".ics"));
  }

  @DeleteMapping("/api/calendar/token")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void revoke() {
    tokens.revoke(UnitScope.currentUser().id());
  }

  /** Public (the secret is the credential); an unknown or revoked token is a 404. */
  @GetMapping("/api/calendar/{token}.ics")
  @Transactional(readOnly = true)
  ResponseEntity<String> feed(@PathVariable String token) {
    UserView user = tokens.userOf(token).flatMap(users::find).filter(UserView::enabled)
        .orElseThrow(() -> ApiException.notFound("reminder.calendarFeedNotFound"));
    CurrentUser asUser = new CurrentUser(user.id(), user.username(), null, user.unitId(),
        java.util.Set.copyOf(user.roles()), true);
    Collection<Long> unitIds = asUser.seesAllUnits() ? null : scope.actableUnitIds(asUser);
    LocalDate from = LocalDate.now(clock).minusMonths(6);
    List<Ics.Event> events = deadlines.ofUnits(unitIds, from).stream().map(d -> new Ics.Event(
        uid(d), d.dueDate(), "Hạn: " + d.title(),
        d.title() + "\nHạn hoàn thành: " + TimeConfig.DATE.format(d.dueDate()), mail.link(d.linkPath()))).toList();
    String body = Ics.calendar("PAR Tracker – hạn công việc", events, clock.instant());
    return ResponseEntity.ok().contentType(CALENDAR)
        .header("Cache-Control", "private, max-age=300")
        .body(body);
  }

  /** Stable per deadline: a moved due date updates the same event. */
  static String uid(Deadline d) {
    return (d.subjectType() + "-" + d.subjectId()).replaceAll("[^A-Za-z0-9._-]", "_") + "@partracker";
  }
}
