package vn.partracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through their public types only; no cycles between them. */
class ModularityTest {

  @Test
  void featuresRespectTheirBoundaries() {
    ApplicationModules.of(ParTrackerApplication.class).verify();
  }
}
