package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EmulationFlowPostgresIT extends EmulationFlowTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    vn.partracker.support.EmbeddedPostgres.register(registry, "emulation_flow");
  }
}
