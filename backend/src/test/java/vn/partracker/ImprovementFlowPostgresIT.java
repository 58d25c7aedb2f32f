package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ImprovementFlowPostgresIT extends ImprovementFlowTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    vn.partracker.support.EmbeddedPostgres.register(registry, "improvement_flow");
  }
}
