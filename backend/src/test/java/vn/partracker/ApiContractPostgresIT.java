package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.partracker.support.ApiClient;
import vn.partracker.support.EmbeddedPostgres;

/** The API contract on a real PostgreSQL server, as in production (no demo data, no demo passwords). */
@TestPropertySource(properties = "par.admin.password=bootstrap-IT-1")
class ApiContractPostgresIT extends ApiContractTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry, "api_contract");
  }

  @Test
  void productionHasNoDemoButTheFirstAdministratorFromTheEnvironment() {
    ApiClient client = new ApiClient(port);
    assertThat(client.get("/api/public/config").json().get("demo").asBoolean()).isFalse();
    assertThat(client.login("noivu", "demo").status()).isEqualTo(401);
    ApiClient.Response admin = client.login("admin", "bootstrap-IT-1");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.json().get("roles").get(0).asText()).isEqualTo("ADMIN");
  }
}
