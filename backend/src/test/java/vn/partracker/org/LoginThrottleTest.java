package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The throttle on a database of its own (H2 in memory, the table from the V24 migration), and two
 * instances on one database as two nodes of a cluster. On PostgreSQL: {@code ClusterIT} and the
 * API contract's PostgreSQL run.
 */
class LoginThrottleTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-05T01:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Ho_Chi_Minh");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final DataSource database = database();
  private final LoginThrottle throttle = new LoginThrottle(database, clock, 5, Duration.ofMinutes(15));

  static DataSource database() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V24__login_throttle.sql")).execute(dataSource);
    return dataSource;
  }

  @Test
  void locksAnAccountFromAnAddressAfterFiveFailuresUntilTheWindowPasses() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("NoiVu", "10.0.0.1");
    }
    assertThat(throttle.lockedFor("noivu", "10.0.0.1")).isEmpty();
    throttle.failed("noivu", "10.0.0.1");
    assertThat(throttle.lockedFor("noivu", "10.0.0.1")).contains(Duration.ofMinutes(15));
    // the owner elsewhere and other accounts are not locked by someone guessing one password
    assertThat(throttle.lockedFor("noivu", "10.0.0.2")).isEmpty();
    assertThat(throttle.lockedFor("tuphap", "10.0.0.1")).isEmpty();

    now.set(now.get().plus(Duration.ofMinutes(10)));
    assertThat(throttle.lockedFor("noivu", "10.0.0.1")).contains(Duration.ofMinutes(5));
    now.set(now.get().plus(Duration.ofMinutes(5)));
    assertThat(throttle.lockedFor("noivu", "10.0.0.1")).isEmpty();
  }

  @Test
  void aFailureAfterTheWindowStartsANewCount() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("xa01", "10.0.0.1");
    }
    now.set(now.get().plus(Duration.ofMinutes(16)));
    throttle.failed("xa01", "10.0.0.1");
    assertThat(throttle.lockedFor("xa01", "10.0.0.1")).as("one failure in the new window").isEmpty();
    now.set(now.get().plus(Duration.ofMinutes(1)));
    for (int i = 0; i < 4; i++) {
      throttle.failed("xa01", "10.0.0.1");
    }
    assertThat(throttle.lockedFor("xa01", "10.0.0.1")).as("until its first failure plus the window")
        .contains(Duration.ofMinutes(14));
  }

  @Test
  void locksAnAccountGuessedFromManyAddresses() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("noivu", "10.1.0." + i);
    }
    assertThat(throttle.lockedFor("noivu", "10.0.0.2")).isPresent();
    assertThat(throttle.lockedFor("tuphap", "10.0.0.2")).isEmpty();
  }

  @Test
  void madeUpUsernamesFromOneAddressLockNobodyElse() {
    throttle.succeeded("vanphong", "10.6.6.6"); // a colleague who signs in from there every day
    for (int i = 0; i < 25; i++) {
      throttle.failed("khong-co-" + i, "10.6.6.6");
    }
    assertThat(throttle.lockedFor("khong-co-99", "10.6.6.6")).as("the guessing address").isPresent();
    assertThat(throttle.lockedFor("tuphap", "10.0.0.1")).as("a real user elsewhere").isEmpty();
    assertThat(throttle.lockedFor("vanphong", "10.6.6.6")).as("a known sign-in from that address").isEmpty();
  }

  @Test
  void successForgetsEarlierFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("xa01", "10.0.0.1");
    }
    throttle.succeeded("xa01", "10.0.0.1");
    throttle.failed("xa01", "10.0.0.1");
    assertThat(throttle.lockedFor("xa01", "10.0.0.1")).isEmpty();
  }

  @Test
  void locksAnAddressThatGuessesManyAccounts() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }
    assertThat(throttle.lockedFor("someone-else", "10.6.6.6")).isPresent();
    assertThat(throttle.lockedFor("someone-else", "10.0.0.1")).isEmpty();
  }

  @Test
  void twoNodesOnOneDatabaseShareTheCounts() {
    LoginThrottle nodeB = new LoginThrottle(database, clock, 5, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      throttle.failed("tuphap", "203.0.113.7");
    }
    nodeB.failed("tuphap", "203.0.113.7");
    assertThat(throttle.lockedFor("tuphap", "203.0.113.7")).isEmpty();
    nodeB.failed("tuphap", "203.0.113.7");
    assertThat(throttle.lockedFor("tuphap", "203.0.113.7")).as("node A sees node B's failures").isPresent();
    assertThat(nodeB.lockedFor("tuphap", "203.0.113.7")).isPresent();
    // a sign-in on A (after the lock) is remembered on B: B lets that account through a locked address
    now.set(now.get().plus(Duration.ofMinutes(15)));
    throttle.succeeded("tuphap", "203.0.113.7");
    for (int i = 0; i < 25; i++) {
      nodeB.failed("khong-co-" + i, "203.0.113.7");
    }
    assertThat(nodeB.lockedFor("khong-co-99", "203.0.113.7")).isPresent();
    assertThat(nodeB.lockedFor("tuphap", "203.0.113.7")).isEmpty();
  }

  @Test
  void oldRowsAreDeletedAndKeysStayShortForAnyUsername() {
    String huge = "x".repeat(10_000);
    throttle.failed(huge, "10.9.9.9");
    throttle.succeeded("tuphap", "10.9.9.9");
    for (int i = 0; i < 100; i++) {
      throttle.failed("khong-co-" + i, "10.7.0." + i);
    }
    assertThat(throttle.lockedFor(huge, "10.9.9.9")).isEmpty();
    // 1 known sign-in, the huge name's account and pair, its address shared with tuphap, 100 × 3 counters
    assertThat(throttle.size()).isEqualTo(1 + 3 + 300);
    now.set(now.get().plus(Duration.ofMinutes(15)));
    assertThat(throttle.cleanUp()).isEqualTo(303);
    assertThat(throttle.size()).as("the known sign-in stays 30 days").isEqualTo(1);
    // a later failure cleans up by itself (at most once a minute per node)
    now.set(now.get().plus(LoginThrottle.REMEMBER_SIGN_IN));
    throttle.failed("xa01", "10.0.0.1");
    assertThat(throttle.size()).isEqualTo(3);
  }
}
