package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class RealTablesPostgresIT extends RealTablesTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    vn.partracker.support.EmbeddedPostgres.register(registry, "real_tables");
  }
}
