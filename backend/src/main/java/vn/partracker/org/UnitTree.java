package vn.partracker.org;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.partracker.shared.ClusterSignals;
import vn.partracker.shared.KeptValues;

/**
 * The unit tree (units with their aliases, as {@link UnitService#all} gives them) kept in memory
 * between changes: at national scale it is 4,012 units that name lookups, scopes, importers and
 * exports would otherwise read again on every request. Dropped after the commit of any change to a
 * unit or an alias (here at once, on the other nodes within about a second through
 * {@link ClusterSignals}) or after {@link #MAX_AGE}. A tree read while a change commits carries the
 * older version and is not kept; a transaction that changed units reads its own uncommitted tree
 * from the database and keeps nothing.
 */
@Component
public class UnitTree {

  /**
   * Units or aliases were written (published in the writing transaction; the tree is dropped after
   * its commit). Code that writes {@code org_unit} outside {@link UnitService} publishes it too.
   */
  public record Changed() {}

  static final String TOPIC = "org-units";
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  /** The tree at one moment: immutable. */
  record Snapshot(List<UnitView> all, Map<Long, UnitView> byId) {
    static Snapshot of(List<UnitView> all) {
      return new Snapshot(List.copyOf(all),
          Map.copyOf(all.stream().collect(Collectors.toMap(UnitView::id, Function.identity()))));
    }
  }

  private final KeptValues<Boolean, Snapshot> kept;
  private final ClusterSignals signals;

  UnitTree(ClusterSignals signals, Clock clock) {
    this.signals = signals;
    this.kept = new KeptValues<>(clock, MAX_AGE, 1);
  }

  /** Whether the current transaction changed units (then nothing kept applies to it). */
  boolean writing() {
    return TransactionSynchronizationManager.hasResource(this);
  }

  /**
   * The kept tree, or the one {@code load} reads, kept if no change committed meanwhile. In a
   * transaction that changed units: always {@code load}, not kept.
   */
  Snapshot get(Supplier<List<UnitView>> load) {
    if (writing()) {
      return Snapshot.of(load.get());
    }
    return kept.get(Boolean.TRUE, () -> Snapshot.of(load.get()));
  }

  /** Marks the writing transaction, so that its own reads of the tree bypass (and never fill) the kept one. */
  @EventListener
  void writing(Changed event) {
    if (TransactionSynchronizationManager.isSynchronizationActive() && !writing()) {
      TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(UnitTree.this);
        }
      });
    }
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
