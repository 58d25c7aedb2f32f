package vn.partracker;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The emulation flow on a real PostgreSQL server, on a database of its own: the scoreboard ranks
 * every unit of the year, so the other tests' units and plans would change its ranks.
 */
class EmulationFlowPostgresIT extends EmulationFlowTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    vn.partracker.support.EmbeddedPostgres.register(registry, "emulation_flow");
  }
}
