package vn.partracker.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import vn.partracker.org.UnitRequest;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.support.EmbeddedPostgres;

/**
 * Benchmark (profile {@code bench}: {@code ./mvnw -B -pl backend -Pbench verify}): the time of a
 * reminder sweep over 100,000 open deadlines on PostgreSQL, then of the same sweep again (all
 * no-ops), and mail throughput to a local SMTP server (GreenMail). Prints figures, asserts none.
 */
@SpringBootTest(properties = {"par.demo=false", "par.reminder.scheduling=false"})
class ReminderSweepBench {

  static final int DEADLINES = 100_000;
  static final int MAILS = 2_000;
  static final int SMTP_PORT = ReminderFlowTests.freePort();
  static GreenMail smtp;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "reminder_bench");
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

  @Autowired ReminderSweep sweep;
  @Autowired ReminderSender sender;
  @Autowired UnitService units;
  @Autowired UserService users;
  @Autowired JdbcTemplate jdbc;
  @Autowired java.time.Clock clock;

  @Test
  void sweepOf100000DeadlinesAndMailThroughput() {
    UnitView district = units.create(new UnitRequest("Huyện Bench", null, List.of(), null, "DISTRICT"));
    users.create(new UserRequest("bench-leader", "Lãnh đạo", "leader@bench.vn", district.id(), List.of("LEADER"), true, null), null);
    users.create(new UserRequest("bench-coord", "Điều phối", "coord@bench.vn", district.id(), List.of("COORDINATOR"), true, null), null);
    List<Long> unitIds = new ArrayList<>();
    for (int u = 0; u < 50; u++) {
      UnitView unit = units.create(new UnitRequest("Xã Bench " + u, null, List.of(), district.id(), "COMMUNE"));
      unitIds.add(unit.id());
      users.create(new UserRequest("bench-head-" + u, "Trưởng " + u, "head" + u + "@bench.vn", unit.id(),
          List.of("UNIT_HEAD"), true, null), null);
    }
    // due dates spread evenly from 30 days ago to a year ahead, as open tasks of many plans would be
    LocalDate today = LocalDate.now(clock);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < DEADLINES; i++) {
      rows.add(new Object[] {"TASK", "b" + i, "Nhiệm vụ " + i, unitIds.get(i % unitIds.size()),
          today.plusDays(-30 + (i % 396)), "/tasks/b" + i, Db.ts(clock.instant())});
    }
    long t0 = System.nanoTime();
    jdbc.batchUpdate("""
        insert into rem_deadline (subject_type, subject_id, title, unit_id, due_date, link_path, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[6]}).toList());
    long loadMs = (System.nanoTime() - t0) / 1_000_000;

    ReminderSweep.Result first = sweep.sweep();
    ReminderSweep.Result second = sweep.sweep();

    // mail throughput: send MAILS of the new rows (the rest are set aside as SENT)
    Long minId = jdbc.queryForObject("select min(id) from rem_outbox", Long.class);
    jdbc.update("update rem_outbox set status = 'SENT' where id >= ?", minId + MAILS);
    long s0 = System.nanoTime();
    int sent = sender.sendPending();
    double seconds = (System.nanoTime() - s0) / 1e9;

    System.out.printf("""

        === Reminder benchmark (PostgreSQL 17 embedded, GreenMail SMTP, %d cores) ===
        deadlines inserted:          %,d in %,d ms
        first sweep:                 %,d deadlines in the horizon, %,d new mails, %,d new notifications in %,d ms
        second sweep (all no-ops):   %,d deadlines in %,d ms
        mails sent:                  %,d in %.1f s = %.0f messages/s (batches over SMTP connections, send-batch and send-connections)
        received by GreenMail:       %,d
        %n""", Runtime.getRuntime().availableProcessors(), DEADLINES, loadMs, first.deadlines(), first.mails(),
        first.notifications(), first.millis(), second.deadlines(), second.millis(), sent, seconds, sent / seconds,
        smtp.getReceivedMessages().length);
  }
}
