package vn.partracker.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox after the sweep's commit, in batches over one SMTP connection each: claims up
 * to {@code send-batch} rows (and the digest rows of some recipients) with a conditional UPDATE and
 * a fresh claim token, opens one connection, and sends their messages one after the other, marking
 * each row SENT as soon as the server accepted its message; up to {@code send-connections} such
 * batches go side by side when there is that much to send. A message the server refuses (a
 * rejected recipient) or that cannot be built fails alone: its row retries with exponential
 * back-off ({@code retry-base} × 2^(attempt−1), at most 6 h) and the batch goes on; after
 * {@code max-attempts} the row is FAILED for the administrator to see and retry. A connection
 * that cannot be opened fails the whole batch the same way. A connection that drops mid-batch
 * fails the message in flight and gives the rows not yet tried back (PENDING, attempt not
 * counted), for the next round or another node. A claim older than {@code stale-claim-after}
 * (its node died) is taken over.
 *
 * <p>The one window left: a node that dies after the SMTP server accepted a mail and before the
 * row is marked SENT leaves a claim that another node takes over after {@code stale-claim-after}
 * and sends again: delivery is at least once in that case, exactly once otherwise. Since each row
 * is marked as its message is accepted, that window is one message wide, as with one connection
 * per message. SMTP offers no way to ask whether a mail was accepted, so no design closes it
 * without the server's help. A node that stops (a rolling update) claims no new batch and gives the
 * rows it has not tried back, so that it never leaves a claim behind while its database pool closes.
 */
@Component
class ReminderSender {

  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final Outbox outbox;
  private final ReminderMail mail;
  private final Clock clock;
  private final ReminderProperties properties;
  private final String nodeId;
  /** Set when the application closes: no new round is claimed, and a lane gives its untried rows back. */
  private volatile boolean stopping;

  @Autowired
  ReminderSender(Outbox outbox, ReminderMail mail, Clock clock, ReminderProperties properties) {
    this(outbox, mail, clock, properties, vn.partracker.shared.NodeIds.of(properties.nodeId()));
  }

  ReminderSender(Outbox outbox, ReminderMail mail, Clock clock, ReminderProperties properties, String nodeId) {
    this.outbox = outbox;
    this.mail = mail;
    this.clock = clock;
    this.properties = properties;
    this.nodeId = nodeId;
  }

  String nodeId() {
    return nodeId;
  }

  @EventListener(ContextClosedEvent.class)
  void stop() {
    stopping = true;
  }

  /**
   * Sends every claimable row; returns the number of mails sent. Each round claims up to
   * {@code send-batch} × {@code send-connections} rows and sends them in lanes of at most
   * {@code send-batch} messages, one SMTP connection per lane, the lanes side by side.
   */
  int sendPending() {
    int batch = Math.max(1, properties.sendBatch());
    int connections = Math.max(1, properties.sendConnections());
    int sent = 0;
    ExecutorService pool = null;
    try {
      for (int round = 0; round < 10_000 && !stopping; round++) {
        Instant now = clock.instant();
        Instant stale = now.minus(properties.staleClaimAfter());
        List<Long> ids = outbox.claimableSingles(now, stale, batch * connections);
        int room = batch * connections - ids.size(); // digests when the singles leave room, at the latest once they are all sent
        List<Long> digestUsers = room > 0 ? outbox.claimableDigestUsers(now, stale, room) : List.of();
        if (ids.isEmpty() && digestUsers.isEmpty()) {
          break;
        }
        List<Mail> mails = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batch) {
          String token = UUID.randomUUID().toString();
          for (Outbox.Row row : outbox.claimBatch(ids.subList(from, Math.min(ids.size(), from + batch)), token, nodeId,
              now, stale)) {
            mails.add(new Mail(token, row.id(), row.attempts(), () -> mail.message(row)));
          }
        }
        for (long userId : digestUsers) {
          String digestToken = UUID.randomUUID().toString();
          List<Outbox.Row> rows = outbox.claimDigest(userId, digestToken, nodeId, now, stale);
          if (!rows.isEmpty()) {
            int attempts = rows.stream().mapToInt(Outbox.Row::attempts).max().orElse(1);
            mails.add(new Mail(digestToken, null, attempts, () -> mail.digest(rows)));
          }
        }
        List<List<Mail>> lanes = new ArrayList<>();
        for (int from = 0; from < mails.size(); from += batch) {
          lanes.add(mails.subList(from, Math.min(mails.size(), from + batch)));
        }
        if (lanes.size() > 1 && pool == null) {
          pool = Executors.newFixedThreadPool(connections - 1, runnable -> {
            Thread thread = new Thread(runnable, "reminder-send-" + nodeId);
            thread.setDaemon(true);
            return thread;
          });
        }
        List<Future<Integer>> others = new ArrayList<>();
        for (List<Mail> lane : lanes.subList(Math.min(1, lanes.size()), lanes.size())) {
          others.add(pool.submit(() -> deliver(lane)));
        }
        sent += lanes.isEmpty() ? 0 : deliver(lanes.get(0));
        for (Future<Integer> other : others) {
          sent += other.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    return sent;
  }

  private interface Build {
    MimeMessage run() throws MessagingException;
  }

  /** One message to send: one row of a claim ({@code id}), or all the rows of a digest claim ({@code id} null). */
  private record Mail(String token, Long id, int attempts, Build build) {}

  /** Sends the claimed mails over one connection; returns how many the server accepted. */
  private int deliver(List<Mail> mails) {
    if (mails.isEmpty()) {
      return 0;
    }
    ReminderMail.Connection connection;
    try {
      connection = mail.connect();
    } catch (MessagingException | MailException e) {
      mails.forEach(m -> failed(m, e));
      return 0;
    }
    int sent = 0;
    try (connection) {
      for (int i = 0; i < mails.size(); i++) {
        Mail m = mails.get(i);
        if (stopping) {
          Instant now = clock.instant();
          mails.subList(i, mails.size()).forEach(rest -> outbox.release(rest.token(), rest.id(), now));
          break;
        }
        MimeMessage message;
        try {
          message = m.build().run();
        } catch (MessagingException | RuntimeException e) {
          failed(m, e); // an address the message refuses, a template error: this mail only
          continue;
        }
        try {
          connection.send(message);
        } catch (MessagingException | MailException e) {
          failed(m, e);
          if (!connection.open()) {
            // dropped: the rows not tried yet go back to the queue, for the next round or another node
            Instant now = clock.instant();
            mails.subList(i + 1, mails.size()).forEach(rest -> outbox.release(rest.token(), rest.id(), now));
            break;
          }
          continue;
        }
        if (m.id() == null) {
          outbox.markSent(m.token(), clock.instant());
        } else {
          outbox.markSent(m.token(), m.id(), clock.instant());
        }
        sent++;
      }
    }
    return sent;
  }

  private void failed(Mail m, Exception e) {
    boolean giveUp = m.attempts() >= properties.maxAttempts();
    Duration backoff = properties.retryBase().multipliedBy(1L << Math.min(Math.max(m.attempts() - 1, 0), 20));
    if (backoff.compareTo(MAX_BACKOFF) > 0) {
      backoff = MAX_BACKOFF;
    }
    String reason = reason(e);
    outbox.markFailed(m.token(), m.id(), reason, clock.instant().plus(backoff), giveUp);
    log.warn("Reminder mail not sent (attempt {}{}): {}", m.attempts(), giveUp ? ", giving up" : "", reason);
  }

  /** The exception's message with the server's answer (a refused recipient's is nested). */
  private static String reason(Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Exception next = e instanceof MessagingException me ? me.getNextException() : null;
    if (next != null && next.getMessage() != null && !reason.contains(next.getMessage())) {
      reason = reason + ": " + next.getMessage().strip();
    }
    return reason;
  }
}
