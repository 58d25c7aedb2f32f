package vn.partracker.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.partracker.support.EmbeddedPostgres;

/**
 * Benchmark (profile {@code bench}:
 * {@code ./mvnw -B -ntp -pl backend -Pbench verify -Dit.test=MailThroughputBench}): reminder mail
 * from the outbox to a local SMTP server (GreenMail on 127.0.0.1), on PostgreSQL. Alternates, twice,
 * one SMTP connection per message ({@code send-batch} 1, as before issue #19) over 500 rows with
 * batches of 50 over one connection and over {@code send-connections} (4) side by side, the
 * defaults, over 2,000 rows each: each row is
 * claimed, rendered from the templates, sent and marked SENT as its message is accepted. Prints
 * messages/s and the ratio; asserts nothing about time.
 */
@SpringBootTest(properties = {"par.demo=false", "par.reminder.scheduling=false"})
class MailThroughputBench {

  static final int BATCHED = 2_000;
  static final int SINGLE = 500;
  static final int SMTP_PORT = ReminderFlowTests.freePort();
  static GreenMail smtp;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "mail_bench");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void start() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  @Autowired Outbox outbox;
  @Autowired ReminderMail mail;
  @Autowired ReminderProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private int serial;

  @Test
  void messagesPerSecondOverOneConnectionAgainstOneConnectionPerMessage() throws Exception {
    ReminderSender single = new ReminderSender(outbox, mail, clock, with(1, 1), "bench-single");
    ReminderSender oneConnection = new ReminderSender(outbox, mail, clock, with(50, 1), "bench-batched");
    ReminderSender connections = new ReminderSender(outbox, mail, clock, with(50, properties.sendConnections()),
        "bench-connections");
    fill(200); // warm-up: templates, JIT, the server's mailboxes of the 50 recipients
    connections.sendPending();

    List<String> lines = new ArrayList<>();
    double[] rates = new double[3];
    for (int round = 1; round <= 2; round++) {
      fill(SINGLE);
      double perMessage = run(single, SINGLE);
      fill(BATCHED);
      double overOne = run(oneConnection, BATCHED);
      fill(BATCHED);
      double overSeveral = run(connections, BATCHED);
      rates[0] += perMessage / 2;
      rates[1] += overOne / 2;
      rates[2] += overSeveral / 2;
      lines.add(String.format("round %d: one connection per message %,d in %.0f/s; batches of 50 over one connection "
          + "%,d in %.0f/s; over %d connections side by side %,d in %.0f/s", round, SINGLE, perMessage, BATCHED,
          overOne, properties.sendConnections(), BATCHED, overSeveral));
    }
    // where the time of one message goes: rendering it, and marking its row (one commit each)
    List<Outbox.Row> rows = outbox.byStatus("SENT", null, SINGLE);
    long b0 = System.nanoTime();
    for (Outbox.Row row : rows) {
      mail.message(row).saveChanges();
    }
    double buildRate = rows.size() / ((System.nanoTime() - b0) / 1e9);
    long m0 = System.nanoTime();
    for (Outbox.Row row : rows) {
      jdbc.update("update rem_outbox set status = 'SENDING', claim_token = 'bench' where id = ?", row.id());
      outbox.markSent("bench", row.id(), clock.instant());
    }
    double markRate = rows.size() / ((System.nanoTime() - m0) / 1e9) * 2;
    Integer unsent = jdbc.queryForObject("select count(*) from rem_outbox where status <> 'SENT'", Integer.class);
    System.out.printf("""

        === Mail throughput benchmark (PostgreSQL 17 embedded, GreenMail SMTP on 127.0.0.1, %d cores) ===
        %s
        one connection per message:  %.0f messages/s (mean of the rounds)
        batches over one connection: %.0f messages/s (mean of the rounds), %.1f times as many
        over %d connections (default): %.0f messages/s (mean of the rounds), %.1f times as many
        rows not SENT at the end:    %d; messages received by GreenMail: %,d of %,d rows
        alone: rendering a message   %.0f/s; one row UPDATE with its commit %.0f/s
        %n""", Runtime.getRuntime().availableProcessors(), String.join("\n", lines), rates[0], rates[1],
        rates[1] / rates[0], properties.sendConnections(), rates[2], rates[2] / rates[0], unsent, smtp.getReceivedMessages().length, serial, buildRate, markRate);
  }

  private ReminderProperties with(int batch, int connections) {
    return new ReminderProperties(false, "", properties.maxAttempts(), properties.retryBase(),
        properties.staleClaimAfter(), batch, connections, properties.policy());
  }

  private double run(ReminderSender sender, int expected) {
    long t0 = System.nanoTime();
    int sent = sender.sendPending();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (sent != expected) {
      System.out.printf("sent %d of %d rows%n", sent, expected);
    }
    return sent / seconds;
  }

  /** Rows as the sweep writes them: reminders of distinct tasks to 50 recipients. */
  private void fill(int rows) {
    Instant now = clock.instant();
    LocalDate due = LocalDate.now(clock).plusDays(3);
    for (int i = 0; i < rows; i++, serial++) {
      int user = serial % 50;
      outbox.insertMail(new Outbox.Item(user + 1, "truong-phong-" + user + "@bench.vn", "Trưởng phòng " + user,
          "TASK", "m" + serial, "BEFORE_3", due, due, 3, false, "Nhiệm vụ cải thiện số " + serial,
          "Phòng " + user, "/tasks/m" + serial, false), now);
    }
  }
}
