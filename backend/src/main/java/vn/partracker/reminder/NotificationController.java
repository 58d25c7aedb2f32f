package vn.partracker.reminder;

import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;

/** The bell: the caller's own notifications, newest first, with the unread count. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private final Notifications notifications;
  private final Clock clock;

  NotificationController(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @GetMapping
  Notifications.Inbox list() {
    return notifications.of(UnitScope.currentUser().id(), 100);
  }

  @PostMapping("/{id}/read")
  Map<String, Long> read(@PathVariable long id) {
    long user = UnitScope.currentUser().id();
    if (!notifications.markRead(user, id, clock.instant())) {
      throw ApiException.notFound("reminder.notificationNotFound", id);
    }
    return Map.of("unread", notifications.of(user, 0).unread());
  }

  @PostMapping("/read-all")
  Map<String, Long> readAll() {
    long user = UnitScope.currentUser().id();
    notifications.markAllRead(user, clock.instant());
    return Map.of("unread", 0L);
  }
}
