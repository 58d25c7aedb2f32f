package vn.partracker.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Costly reads kept in memory between changes, one value per key: the one way the unit tree, the
 * dashboard's aggregates and the role groups' inbox counts are kept. A value is served until
 * {@link #drop} (its owner calls it after the commit of a change, and when another node signals one
 * through {@link ClusterSignals}) or until it is {@code maxAge} old, which bounds what a missed signal
 * can cost. A value computed while a change commits carries the older version and is not kept.
 */
public final class KeptValues<K, V> {

  private record Kept<V>(long version, Instant at, V value) {}

  private final AtomicLong version = new AtomicLong();
  private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration maxAge;
  private final int maxEntries;

  public KeptValues(Clock clock, Duration maxAge, int maxEntries) {
    this.clock = clock;
    this.maxAge = maxAge;
    this.maxEntries = maxEntries;
  }

  /** The kept value of the key, or the one {@code compute} gives, kept unless a change was dropped meanwhile. */
  public V get(K key, Supplier<V> compute) {
    long current = version.get();
    Kept<V> found = kept.get(key);
    if (found != null && found.version() == current && found.at().plus(maxAge).isAfter(clock.instant())) {
      return found.value();
    }
    V value = compute.get();
    synchronized (this) {
      if (version.get() == current) {
        if (kept.size() >= maxEntries) {
          kept.clear();
        }
        kept.put(key, new Kept<>(current, clock.instant(), value));
      }
    }
    return value;
  }

  /** Forgets every value, and any value being computed now. */
  public synchronized void drop() {
    version.incrementAndGet();
    kept.clear();
  }
}
