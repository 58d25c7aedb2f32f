package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

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
  private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

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
  void memoryIsBounded() {
    for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
      throttle.failed("khong-co-" + i, "10.7." + (i / 250) + "." + (i % 250));
    }
    assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
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
}
