package vn.partracker.reminder;

import jakarta.mail.MessagingException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox after the sweep's commit: claims each row (or each recipient's digest rows)
 * with a conditional UPDATE and a fresh claim token, sends, and marks the claim SENT. SMTP
 * failures retry with exponential back-off ({@code retry-base} × 2^(attempt−1), at most 6 h);
 * after {@code max-attempts} the row is FAILED for the administrator to see and retry. A claim
 * older than {@code stale-claim-after} (its node died) is taken over.
 *
 * <p>The one window left: a node that dies after the SMTP server accepted a mail and before the
 * row is marked SENT leaves a claim that another node takes over after {@code stale-claim-after}
 * and sends again: delivery is at least once in that case, exactly once otherwise. SMTP offers no
 * way to ask whether a mail was accepted, so no design closes it without the server's help.
 */
@Component
class ReminderSender {

  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);
  private static final int BATCH = 100;
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final Outbox outbox;
  private final ReminderMail mail;
  private final Clock clock;
  private final ReminderProperties properties;
  private final String nodeId;

  @Autowired
  ReminderSender(Outbox outbox, ReminderMail mail, Clock clock, ReminderProperties properties) {
    this(outbox, mail, clock, properties, properties.nodeId().isBlank() ? defaultNodeId() : properties.nodeId());
  }

  ReminderSender(Outbox outbox, ReminderMail mail, Clock clock, ReminderProperties properties, String nodeId) {
    this.outbox = outbox;
    this.mail = mail;
    this.clock = clock;
    this.properties = properties;
    this.nodeId = nodeId;
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String nodeId() {
    return nodeId;
  }

  /** Sends every claimable row; returns the number of mails sent. */
  int sendPending() {
    int sent = 0;
    for (int round = 0; round < 1000; round++) {
      Instant now = clock.instant();
      Instant stale = now.minus(properties.staleClaimAfter());
      List<Long> ids = outbox.claimableSingles(now, stale, BATCH);
      List<Long> digestUsers = outbox.claimableDigestUsers(now, stale, BATCH);
      if (ids.isEmpty() && digestUsers.isEmpty()) {
        break;
      }
      for (long id : ids) {
        String token = UUID.randomUUID().toString();
        if (outbox.claim(id, token, nodeId, now, stale)) {
          Outbox.Row row = outbox.get(id);
          if (deliver(token, row.attempts(), () -> mail.send(row))) {
            sent++;
          }
        }
      }
      for (long userId : digestUsers) {
        String token = UUID.randomUUID().toString();
        List<Outbox.Row> rows = outbox.claimDigest(userId, token, nodeId, now, stale);
        if (!rows.isEmpty()) {
          int attempts = rows.stream().mapToInt(Outbox.Row::attempts).max().orElse(1);
          if (deliver(token, attempts, () -> mail.sendDigest(rows))) {
            sent++;
          }
        }
      }
    }
    return sent;
  }

  private interface Send {
    void run() throws MessagingException;
  }

  private boolean deliver(String token, int attempts, Send send) {
    try {
      send.run();
      outbox.markSent(token, clock.instant());
      return true;
    } catch (MessagingException | MailException e) {
      boolean giveUp = attempts >= properties.maxAttempts();
      Duration backoff = properties.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
      if (backoff.compareTo(MAX_BACKOFF) > 0) {
        backoff = MAX_BACKOFF;
      }
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      outbox.markFailed(token, reason, clock.instant().plus(backoff), giveUp);
      log.warn("Reminder mail not sent (attempt {}{}): {}", attempts, giveUp ? ", giving up" : "", reason);
      return false;
    }
  }
}
