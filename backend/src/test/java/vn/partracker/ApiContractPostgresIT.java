package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.partracker.support.EmbeddedPostgres;

/** The API contract on a real PostgreSQL server, as in production. */
class ApiContractPostgresIT extends ApiContractTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "api_contract");
  }
}
