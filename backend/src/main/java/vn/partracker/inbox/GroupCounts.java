package vn.partracker.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.partracker.shared.ClusterSignals;
import vn.partracker.shared.KeptValues;

/**
 * The counts per status of role groups' open work, kept between changes. A role group's work is
 * everyone's in that role (the coordinators review every unit's reports), so at national scale it
 * is tens of thousands of items that every coordinator's first inbox page would count again; the
 * counts are the same for all of them. Kept until an item of a role group changes (after its
 * commit, here at once and on the other nodes within about a second), the day turns, or 60 s; counts
 * computed while a change commits are not kept ({@link KeptValues}, as the dashboard's aggregate and the
 * unit tree).
 */
@Component
class GroupCounts {

  /** A role group's work item was written (published by the projection; acted on after the commit). */
  record Changed() {}

  static final String TOPIC = "work-item-groups";
  static final Duration MAX_AGE = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 200;

  /** The groups' counts of one day. */
  private record Key(Set<String> groups, LocalDate today) {}

  private final KeptValues<Key, Map<String, Long>> kept;
  private final ClusterSignals signals;

  GroupCounts(ClusterSignals signals, Clock clock) {
    this.signals = signals;
    this.kept = new KeptValues<>(clock, MAX_AGE, MAX_ENTRIES);
  }

  /** The counts of these groups' open work today: kept ones, or computed now and kept. */
  Map<String, Long> of(Set<String> groups, LocalDate today, Supplier<Map<String, Long>> compute) {
    return kept.get(new Key(Set.copyOf(groups), today), () -> Map.copyOf(compute.get()));
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

  private void drop() {
    kept.drop();
  }
}
