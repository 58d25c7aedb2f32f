package vn.partracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.partracker.support.MutableClock;

/** Values kept per key between changes: until a drop or their age, never when a drop lands while one is computed. */
class KeptValuesTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC);
  final KeptValues<String, Integer> kept = new KeptValues<>(clock, Duration.ofSeconds(60), 2);
  final AtomicInteger computed = new AtomicInteger();

  int compute() {
    return computed.incrementAndGet();
  }

  @Test
  void eachKeyIsKeptUntilADropOrItsAge() {
    assertThat(kept.get("a", this::compute)).isEqualTo(1);
    assertThat(kept.get("b", this::compute)).isEqualTo(2);
    assertThat(kept.get("a", this::compute)).as("kept").isEqualTo(1);

    kept.drop();
    assertThat(kept.get("a", this::compute)).as("computed again after a drop").isEqualTo(3);

    clock.set(clock.instant().plusSeconds(59));
    assertThat(kept.get("a", this::compute)).isEqualTo(3);
    clock.set(clock.instant().plusSeconds(1));
    assertThat(kept.get("a", this::compute)).as("60 s old").isEqualTo(4);
  }

  @Test
  void aValueComputedWhileAChangeIsDroppedIsNotKept() {
    assertThat(kept.get("a", () -> {
      kept.drop(); // a change commits while the value is read
      return compute();
    })).isEqualTo(1);
    assertThat(kept.get("a", this::compute)).as("read again").isEqualTo(2);
    assertThat(kept.get("a", this::compute)).isEqualTo(2);
  }

  @Test
  void atMostMaxEntriesAreKept() {
    kept.get("a", this::compute);
    kept.get("b", this::compute);
    kept.get("c", this::compute); // the third key starts over
    assertThat(kept.get("c", this::compute)).isEqualTo(3);
    assertThat(kept.get("a", this::compute)).isEqualTo(4);
  }
}
