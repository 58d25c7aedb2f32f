package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.ApiClient;
import vn.partracker.support.ChromiumPages;

/**
 * The two-tier demo (one setting: par.demo-organisation=two-tier): a merged province whose Sở Nội
 * vụ coordinates departments and communes; the demo plan's collective phrases ("UBND các xã,
 * phường", "Các sở, ban, ngành") resolve in that tree; the coordinator's home and a commune head's
 * inbox. Its own context (another demo database), in a JVM of its own so that its engine and mail
 * catcher do not meet the shared demo run's.
 */
@Tag("own-jvm")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:two-tier;DB_CLOSE_DELAY=-1",
      "spring.mail.port=${test.mail.port:39251}",
      "par.demo=true",
      "par.demo-organisation=two-tier"
    })
class TwoTierDemoE2E extends ChromiumPages {

  @Autowired UnitService units;

  @Test
  void theMergedProvinceLoadsWithItsDemoDataAndCommunesLeadTheirShare() {
    List<UnitView> all = units.all();
    Map<String, Long> byLevel = all.stream().collect(Collectors.groupingBy(UnitView::level, Collectors.counting()));
    assertThat(byLevel).containsEntry("PROVINCE", 1L).containsEntry("COMMUNE", 12L).containsEntry("COMMUNE_OFFICE", 36L)
        .doesNotContainKeys("DISTRICT", "DISTRICT_OFFICE");
    assertThat(all).extracting(UnitView::name).contains("UBND tỉnh Hà Tĩnh", "Sở Nội vụ", "Phường Thành Sen",
        "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội");

    ApiClient coordinator = new ApiClient(port);
    assertThat(coordinator.login("noivu", "demo").status()).isEqualTo(200);
    assertThat(coordinator.get("/api/me").json().at("/unit/name").asText()).isEqualTo("Sở Nội vụ");
    // the demo council is named as the province names its people: no district in a two-tier province
    assertThat(coordinator.get("/api/campaigns").json().at("/0/council/members").asText())
        .contains("Chủ tịch UBND tỉnh", "Giám đốc Sở Tư pháp").doesNotContain("huyện");
    long planId = -1;
    for (JsonNode p : coordinator.get("/api/improvement-plans").json()) {
      if (p.get("name").asText().endsWith("của tỉnh Hà Tĩnh")) {
        planId = p.get("id").asLong();
      }
    }
    JsonNode plan = coordinator.get("/api/improvement-plans/" + planId).json();
    assertThat(plan.get("ownerUnitName").asText()).isEqualTo("UBND tỉnh Hà Tĩnh");
    JsonNode payment = null;
    for (JsonNode item : plan.get("items")) {
      if ("3.5.1".equals(item.path("code").asText())) {
        payment = item;
      }
    }
    assertThat(payment).isNotNull();
    assertThat(payment.get("leadText").asText()).isEqualTo("Văn phòng UBND tỉnh; UBND các xã, phường");
    assertThat(payment.get("leadUnitIds")).hasSize(13);
    assertThat(payment.get("leadUnits").get(0).asText()).isEqualTo("Văn phòng UBND tỉnh");
    assertThat(coordinator.get("/api/criteria-sets").json()).isNotEmpty();
    assertThat(coordinator.get("/api/campaigns").json()).isNotEmpty();

    Page home = loggedIn("noivu");
    home.setViewportSize(1366, 768);
    home.locator("[data-testid=home-coordinator]").waitFor();
    assertThat(home.locator("body").innerText()).contains("Sở Nội vụ");
    // the review list and the coming deadlines loaded (no skeleton left)
    home.waitForCondition(() -> home.locator(".ant-skeleton").count() == 0);
    screenshot(home, "two-tier-coordinator-home");
    home.context().close();

    Page commune = loggedIn("xa01");
    commune.setViewportSize(1366, 768);
    commune.locator("[data-testid=home-unit_head]").waitFor();
    commune.navigate(url("/unit-tasks"));
    commune.locator("[data-testid=inbox]").waitFor();
    Locator row = commune.locator("[data-testid=inbox-row]").filter(new Locator.FilterOptions().setHasText("3.5.1"));
    row.first().waitFor();
    assertThat(row.first().innerText()).contains("Chủ trì");
    screenshot(commune, "two-tier-commune-inbox");
    commune.context().close();
  }
}
