package vn.partracker.reminder;

import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;

/** The bell: the caller's own notifications, newest first, with the unread count. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  static final int MAX_PAGE_SIZE = 100;

  private final Notifications notifications;
  private final Clock clock;

  NotificationController(Notifications notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The newest {@code size} (1–100, 20) notifications; {@code cursor} from the previous page's {@code nextCursor} for older ones. */
  @GetMapping
  Notifications.Inbox list(@RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiException.invalidField("size", "shared.pageSizeRange", MAX_PAGE_SIZE);
    }
    return notifications.page(UnitScope.currentUser().id(), cursor, size);
  }

  @PostMapping("/{id}/read")
  Map<String, Long> read(@PathVariable long id) {
    long user = UnitScope.currentUser().id();
    if (!notifications.markRead(user, id, clock.instant())) {
      throw ApiException.notFound("reminder.notificationNotFound", id);
    }
    return Map.of("unread", notifications.unread(user));
  }

  @PostMapping("/read-all")
  Map<String, Long> readAll() {
    long user = UnitScope.currentUser().id();
    notifications.markAllRead(user, clock.instant());
    return Map.of("unread", 0L);
  }
}
