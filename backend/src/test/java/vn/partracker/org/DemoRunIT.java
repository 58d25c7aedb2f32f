package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.support.ApiClient;
import vn.partracker.support.DemoRunTest;

/** The demo run: seed-based demo data loaded once, demo accounts, the test mailbox. */
@DemoRunTest
class DemoRunIT {

  @LocalServerPort int port;
  @Autowired OrgDemoData demoData;
  @Autowired UnitService units;

  @Test
  void everyDemoAccountLogsInWithPasswordDemoAndTheLoginPageListsThem() {
    JsonNode config = new ApiClient(port).get("/api/public/config").json();
    assertThat(config.get("demo").asBoolean()).isTrue();
    List<String> listed = new ArrayList<>();
    config.get("demoAccounts").forEach(a -> listed.add(a.get("username").asText()));
    assertThat(listed).containsExactlyElementsOf(OrgDemoData.ACCOUNTS);
    assertThat(config.get("levels").get(0).get("code").asText()).isEqualTo("PROVINCE");

    for (String username : OrgDemoData.ACCOUNTS) {
      ApiClient.Response login = new ApiClient(port).login(username, "demo");
      assertThat(login.status()).as(username).isEqualTo(200);
    }
    ApiClient xa = new ApiClient(port);
    xa.login("xa01", "demo");
    assertThat(xa.get("/api/me").json().at("/unit/level").asText()).isEqualTo("COMMUNE");
  }

  @Test
  void demoDataFollowsTheSeedsAndLoadsOnlyOnce() throws Exception {
    List<String> names = units.all().stream().map(UnitView::name).toList();
    assertThat(names).contains("UBND huyện Hương Sơn", "Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND",
        "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao");
    assertThat(units.all().stream().filter(u -> u.level().equals("COMMUNE")).count()).isGreaterThanOrEqualTo(10);
    int before = names.size();
    demoData.run(null);
    assertThat(units.all()).hasSize(before);
  }

  @Test
  void theTestMailboxShowsMailTheApplicationSent() {
    ApiClient admin = new ApiClient(port);
    admin.login("admin", "demo");
    assertThat(admin.delete("/api/admin/test-mailbox").status()).isEqualTo(204);
    assertThat(admin.post("/api/admin/test-mailbox/test-message", Map.of()).status()).isEqualTo(204);
    JsonNode mailbox = admin.get("/api/admin/test-mailbox").json();
    assertThat(mailbox.get("enabled").asBoolean()).isTrue();
    assertThat(mailbox.get("messages")).singleElement().satisfies(m -> {
      assertThat(m.get("subject").asText()).isEqualTo("[PAR Tracker] Thư thử nghiệm – Theo dõi Chỉ số CCHC");
      assertThat(m.get("to").get(0).asText()).isEqualTo("admin@huongson.example.vn");
      assertThat(m.get("html").asText()).contains("Theo dõi Chỉ số CCHC");
    });

    ApiClient head = new ApiClient(port);
    head.login("tuphap", "demo");
    assertThat(head.get("/api/admin/test-mailbox").status()).isEqualTo(403);
  }
}
