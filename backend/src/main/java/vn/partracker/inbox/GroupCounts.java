package vn.partracker.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.partracker.shared.ClusterSignals;

/**
 * The counts per status of role groups' open work, kept between changes. A role group's work is
 * everyone's in that role (the coordinators review every unit's reports), so at national scale it
 * is tens of thousands of items that every coordinator's first inbox page would count again; the
 * counts are the same for all of them. Kept until an item of a role group changes (after its
 * commit, here at once and on the other nodes within about a second), the day turns, or 60 s; counts
 * computed while a change commits are not kept. The dashboard's aggregate and the unit tree
 * ({@code org.UnitTree}) are kept the same way.
 */
@Component
class GroupCounts {

  /** A role group's work item was written (published by the projection; acted on after the commit). */
  record Changed() {}

  static final String TOPIC = "work-item-groups";
  static final Duration MAX_AGE = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 200;

  private record Kept(long version, LocalDate today, Instant at, Map<String, Long> counts) {}

  private final AtomicLong version = new AtomicLong();
  private final Map<Set<String>, Kept> kept = new ConcurrentHashMap<>();
  private final ClusterSignals signals;
  private final Clock clock;

  GroupCounts(ClusterSignals signals, Clock clock) {
    this.signals = signals;
    this.clock = clock;
  }

  /** The counts of these groups' open work today: kept ones, or computed now and kept. */
  Map<String, Long> of(Set<String> groups, LocalDate today, Supplier<Map<String, Long>> compute) {
    long current = version.get();
    Kept found = kept.get(groups);
    if (found != null && found.version() == current && found.today().equals(today)
        && found.at().plus(MAX_AGE).isAfter(clock.instant())) {
      return found.counts();
    }
    Map<String, Long> counts = Map.copyOf(compute.get());
    synchronized (this) {
      if (version.get() == current) { // no change committed while counting
        if (kept.size() >= MAX_ENTRIES) {
          kept.clear();
        }
        kept.put(Set.copyOf(groups), new Kept(current, today, clock.instant(), counts));
      }
    }
    return counts;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void changed(Changed event) {
    drop();
    signals.changed(TOPIC);
  }

  @EventListener
  void otherNodeChanged(ClusterSignals.Received signal) {
    if (TOPIC.equals(signal.topic())) {
      drop();
    }
  }

  private synchronized void drop() {
    version.incrementAndGet();
    kept.clear();
  }
}
