package vn.partracker.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;
import vn.partracker.shared.Role;

/**
 * Turns each {@link HandOver} into one in-app notification and one outbox mail per recipient, in
 * the publisher's transaction (so only a committed hand-over is told, and the outbox's unique key
 * with the hand-over's key tells it once); after the commit the outbox is sent at once, off the
 * request thread, when the timers run (tests send it themselves). The one who handed over is not
 * told of their own act; hand-over mails never wait for the daily digest.
 */
@Component
class HandOverNotifier {

  private static final Logger log = LoggerFactory.getLogger(HandOverNotifier.class);
  private static final int NOTIFICATION_MAX = 1000;

  private final Outbox outbox;
  private final UserService users;
  private final UnitService units;
  private final ReminderSender sender;
  private final ThreadPoolExecutor executor;
  private final boolean sendAfterCommit;
  private final Clock clock;

  HandOverNotifier(Outbox outbox, UserService users, UnitService units, ReminderSender sender,
      @Value("${par.reminder.scheduling:true}") boolean sendAfterCommit, Clock clock) {
    this.outbox = outbox;
    this.users = users;
    this.units = units;
    this.sender = sender;
    this.sendAfterCommit = sendAfterCommit;
    this.clock = clock;
    // one sender thread; a send asked for while one is waiting adds nothing (that one sends everything pending)
    this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), r -> {
      Thread thread = new Thread(r, "hand-over-mail");
      thread.setDaemon(true);
      return thread;
    }, new ThreadPoolExecutor.DiscardPolicy());
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** Resolves the recipients and writes their rows; returns how many people are told. */
  @EventListener
  int on(HandOver h) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, vn.partracker.shared.TimeConfig.ZONE);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    h.to().forEach(t -> roles.addAll(t.roles()));
    Map<Long, UserView> recipients = new LinkedHashMap<>();
    var candidates = roles.isEmpty() ? java.util.List.<UserView>of() : users.activeUsersWithRoles(roles);
    for (HandOver.To to : h.to()) {
      if (to.username() != null) {
        users.findByUsername(to.username()).filter(u -> u.isEnabled())
            .flatMap(u -> users.find(u.getId())).ifPresent(u -> recipients.putIfAbsent(u.id(), u));
        continue;
      }
      for (UserView u : candidates) {
        boolean inUnit = to.unitId() == null || to.unitId().equals(u.unitId());
        if (inUnit && u.roles().stream().anyMatch(to.roles()::contains)) {
          recipients.putIfAbsent(u.id(), u);
        }
      }
    }
    String unitName = h.unitId() == null ? null : units.find(h.unitId()).map(UnitView::name).orElse(null);
    UserView actor = h.actor() == null ? null
        : users.findByUsername(h.actor()).flatMap(u -> users.find(u.getId())).orElse(null);
    String sentence = HandOverTexts.sentence(h, unitName, actor == null ? h.actor() : actor.displayName());
    String title = HandOverTexts.clip(h.title(), 500);
    int told = 0;
    for (UserView user : recipients.values()) {
      if (actor != null && actor.id().equals(user.id())) {
        continue;
      }
      Outbox.Item item = new Outbox.Item(user.id(), user.email() == null ? "" : user.email(), user.displayName(),
          h.subjectType(), h.subjectId(), h.kind().name(), h.dueDate() == null ? today : h.dueDate(), today, 0, false,
          title, unitName, h.linkPath(), false, HandOverTexts.clip(h.key(), 120), sentence);
      boolean notified = outbox.insertNotification(
          item.withTitle(HandOverTexts.clip(HandOverTexts.headline(item.kind()) + ": " + title, 500)),
          HandOverTexts.clip(sentence, NOTIFICATION_MAX), now);
      if (user.email() != null && !user.email().isBlank()) {
        outbox.insertMail(item, now);
      }
      if (notified) {
        told++;
      }
    }
    log.debug("Hand-over {} {}:{} told {} people", h.kind(), h.subjectType(), h.subjectId(), told);
    return told;
  }

  /** The mails of a committed hand-over go out now rather than at the next send timer. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void sendSoon(HandOver h) {
    if (sendAfterCommit) {
      executor.execute(() -> {
        try {
          sender.sendPending();
        } catch (RuntimeException e) {
          log.warn("Hand-over mails not sent now (the send timer retries): {}", e.getMessage());
        }
      });
    }
  }
}
