package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class WorkListPostgresIT extends WorkListTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    vn.partracker.support.EmbeddedPostgres.register(registry, "work_list");
  }
}
