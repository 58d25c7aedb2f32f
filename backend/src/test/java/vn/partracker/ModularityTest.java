package vn.partracker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import boundaryfixture.BoundaryFixture;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Features talk through their public types only, use only the modules their {@code package-info}
 * declares ({@code allowedDependencies}), and form no cycles.
 */
class ModularityTest {

  @Test
  void featuresRespectTheirBoundaries() {
    ApplicationModules.of(ParTrackerApplication.class).verify();
  }

  @Test
  void aModuleUsingAnUndeclaredModuleFailsTheCheck() {
    // the fixture lives in test sources, which Modulith leaves out unless told otherwise
    ApplicationModules fixture = ApplicationModules.of(BoundaryFixture.class.getPackageName(), location -> true);

    assertThatThrownBy(fixture::verify)
        .isInstanceOf(Violations.class)
        .hasMessageContaining("scores")
        .hasMessageContaining("tasks");
  }
}
