package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import vn.partracker.shared.ClusterSignals;

/** The kept unit tree: kept between changes, never kept when a change lands while it is read. */
class UnitTreeTest {

  final MovableClock clock = new MovableClock();
  final UnitTree tree = new UnitTree(null, clock);
  final AtomicInteger loads = new AtomicInteger();
  String name = "Phòng Nội vụ";

  /** What the database holds now; each call counted. */
  final Supplier<List<UnitView>> load = () -> {
    loads.incrementAndGet();
    return List.of(new UnitView(1L, name, null, List.of(), null, "DISTRICT_OFFICE"));
  };

  @Test
  void keptUntilAChangeThenReadAgain() {
    assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ");
    assertThat(tree.get(load).byId().get(1L).name()).isEqualTo("Phòng Nội vụ");
    assertThat(loads).as("the second read is the kept tree").hasValue(1);

    name = "Phòng Nội vụ - Tư pháp";
    changeCommitted();
    assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ - Tư pháp");
    assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ - Tư pháp");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aTreeReadWhileAChangeCommitsIsNotKept() {
    Supplier<List<UnitView>> commitsMidRead = () -> {
      List<UnitView> before = load.get(); // read before the commit
      name = "Phòng Nội vụ - Tư pháp";
      changeCommitted();
      return before;
    };
    assertThat(tree.get(commitsMidRead).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ");
    assertThat(tree.get(load).all()).as("the older read was not kept").extracting(UnitView::name)
        .containsExactly("Phòng Nội vụ - Tư pháp");
    assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ - Tư pháp");
    assertThat(loads).hasValue(2);
  }

  @Test
  void theTransactionThatChangedUnitsReadsItsOwnTreeAndKeepsNothing() {
    tree.get(load);
    TransactionSynchronizationManager.initSynchronization();
    try {
      tree.writing(new UnitTree.Changed());
      assertThat(tree.writing()).isTrue();
      name = "Chưa lưu";
      assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Chưa lưu");
      assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Chưa lưu");
      assertThat(loads).hasValue(3);
      // rolled back: the database holds the old name again, and the tree kept before is still right
      List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
      TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_ROLLED_BACK);
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    assertThat(tree.writing()).isFalse();
    name = "Phòng Nội vụ";
    assertThat(tree.get(load).all()).extracting(UnitView::name).containsExactly("Phòng Nội vụ");
    assertThat(loads).as("the uncommitted reads were not kept").hasValue(3);
  }

  @Test
  void droppedAfterItsMaximumAge() {
    tree.get(load);
    clock.now = clock.now.plus(UnitTree.MAX_AGE);
    tree.get(load);
    assertThat(loads).hasValue(2);
  }

  /** A commit's drop (here as another node's: the same step, without a transaction). */
  void changeCommitted() {
    tree.otherNodeChanged(new ClusterSignals.Received(UnitTree.TOPIC));
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-04T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
