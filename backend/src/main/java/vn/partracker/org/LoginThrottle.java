package vn.partracker.org;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock other people out. Failures within
 * the window are counted per account and address ({@code par.security.login.max-failures}, 5),
 * per account from anywhere (five times as many) and per address (five times as many). An address
 * that reached its limit (someone there tries many usernames) is refused, except for accounts that
 * signed in from it before (remembered 30 days): 25 made-up usernames from one address lock
 * neither a real user elsewhere nor the colleagues behind the same address who use it daily. The
 * address is the real client's (Tomcat's RemoteIpValve reads {@code X-Forwarded-For} from trusted
 * proxies only). Memory is bounded: at most {@link #MAX_KEYS} counters and known sign-ins, the
 * least recently used dropped first. Kept in memory per node; a restart forgets it.
 */
@Component
class LoginThrottle {

  static final int MAX_KEYS = 100_000;
  static final Duration REMEMBER_SIGN_IN = Duration.ofDays(30);

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Cache<String, Deque<Instant>> failures;
  private final Cache<String, Boolean> knownSignIns;

  LoginThrottle(
      Clock clock,
      @Value("${par.security.login.max-failures:5}") int maxFailures,
      @Value("${par.security.login.window:PT15M}") Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
    this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
    this.knownSignIns = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(REMEMBER_SIGN_IN).build();
  }

  /** How long the caller must wait, if they are locked out now. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> pair = wait(pairKey(username, address), maxFailures, now);
    if (pair.isPresent()) {
      return pair;
    }
    Optional<Duration> account = wait(accountKey(username), maxFailures * 5, now);
    if (account.isPresent()) {
      return account;
    }
    if (knownSignIns.getIfPresent(pairKey(username, address)) != null) {
      return Optional.empty();
    }
    return wait(addressKey(address), maxFailures * 5, now);
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    record(pairKey(username, address), now);
    record(accountKey(username), now);
    record(addressKey(address), now);
  }

  void succeeded(String username, String address) {
    failures.invalidate(pairKey(username, address));
    failures.invalidate(accountKey(username));
    knownSignIns.put(pairKey(username, address), Boolean.TRUE);
  }

  /** The number of counters kept now (for tests of the bound). */
  long size() {
    failures.cleanUp();
    return failures.estimatedSize();
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> times = failures.getIfPresent(key);
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
    Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > maxFailures * 5) {
        times.removeFirst(); // the limit is all that is compared: no more kept per key
      }
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
  }

  private static String account(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String accountKey(String username) {
    return "user:" + account(username);
  }

  private static String pairKey(String username, String address) {
    return "pair:" + account(username) + "@" + address;
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }
}
