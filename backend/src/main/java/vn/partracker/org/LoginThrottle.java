package vn.partracker.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code par.security.login.max-failures} failed logins for
 * one account (or five times as many from one address) within the window, further attempts are
 * refused until the window has passed. Kept in memory per node; a restart forgets it.
 */
@Component
class LoginThrottle {

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(
      Clock clock,
      @Value("${par.security.login.max-failures:5}") int maxFailures,
      @Value("${par.security.login.window:PT15M}") Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long the caller must wait, if they are locked out now. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    return wait(accountKey(username), maxFailures, now).or(() -> wait(addressKey(address), maxFailures * 5, now));
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    record(accountKey(username), now);
    record(addressKey(address), now);
  }

  void succeeded(String username) {
    failures.remove(accountKey(username));
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekLast().plus(window)));
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String accountKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }
}
