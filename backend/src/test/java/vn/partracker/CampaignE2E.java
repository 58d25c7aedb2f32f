package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.partracker.support.ApiClient;
import vn.partracker.support.BrowserTest;

/**
 * The self-assessment and appraisal screens: a commune drafts answers and is told what is still
 * missing; the council changes a submitted commune's score with a reason and completes the appraisal.
 */
class CampaignE2E extends BrowserTest {

  private ApiClient api(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, "demo").status()).isEqualTo(200);
    return client;
  }

  @Test
  void aCommuneSelfAssessesAndTheCouncilAppraises() {
    JsonNode campaign = api("noivu").get("/api/campaigns").json().get(0);
    long id = campaign.get("id").asLong();
    long phoChau = campaign.at("/units/0/unitId").asLong();
    long submitted = campaign.at("/units/1/unitId").asLong();

    Page xa = loggedIn("xa01");
    xa.navigate(url("/campaigns/" + id));
    xa.locator("[data-testid=campaign-detail]").waitFor();
    screenshot(xa, "campaign-timeline");
    xa.locator("[data-testid=open-unit-" + phoChau + "]").click();
    xa.locator("[data-testid=assessment-sheet]").waitFor();
    xa.locator("[data-testid='points-1.1.2'] input").fill("0,5");
    xa.locator("[data-testid='explanation-1.1.2']").fill("Hoàn thành 85% kế hoạch");
    // a rate item asks for its figures and shows the points they give as the commune types them
    xa.locator("[data-testid='figures-numerator-3.3.1']").fill("850");
    xa.locator("[data-testid='figures-denominator-3.3.1']").fill("1000");
    xa.locator("[data-testid='figures-points-3.3.1']").getByText("Tỷ lệ 85% → 1 điểm").waitFor();
    xa.locator("[data-testid='figures-points-3.3.1']").scrollIntoViewIfNeeded();
    screenshot(xa, "rate-item-850-of-1000");
    xa.locator("[data-testid=sheet-save]").click();
    xa.waitForCondition(() -> {
      JsonNode sheet = api("xa01").get("/api/campaigns/" + id + "/units/" + phoChau + "/assessment").json();
      for (JsonNode item : sheet.get("items")) {
        if (item.get("code").asText().equals("1.1.2")) {
          if (!"Hoàn thành 85% kế hoạch".equals(item.get("explanation").asText())
              || item.get("selfPoints").decimalValue().compareTo(new java.math.BigDecimal("0.5")) != 0) {
            return false;
          }
        }
        if (item.get("code").asText().equals("3.3.1")) {
          // the server computed the same point from the figures
          return !item.get("selfPoints").isNull()
              && item.get("selfPoints").decimalValue().compareTo(java.math.BigDecimal.ONE) == 0
              && item.get("numerator").decimalValue().compareTo(new java.math.BigDecimal("850")) == 0;
        }
      }
      return false;
    });
    xa.locator("[data-testid=sheet-submit]").click();
    xa.getByText("chưa chấm điểm").first().waitFor();
    screenshot(xa, "self-assessment-missing-items");
    xa.context().close();

    Page council = loggedIn("hoidong");
    council.navigate(url("/campaigns/" + id + "/units/" + submitted));
    council.locator("[data-testid=assessment-sheet]").waitFor();
    council.locator("[data-testid='appraised-1.1.2'] input").fill("0,5");
    council.locator("[data-testid='reason-1.1.2']").fill("Chưa đủ hồ sơ chứng minh hoàn thành kế hoạch");
    council.locator("[data-testid=appraisal-save]").click();
    council.locator("[data-testid=appraisal-done]").click();
    council.locator("[data-testid=sheet-step]").getByText("Đã thẩm định").waitFor();
    screenshot(council, "appraisal-done");
    council.context().close();

    JsonNode losses = api("noivu").get("/api/campaigns/" + id + "/losses?unitId=" + submitted).json();
    boolean reasonKept = false;
    for (JsonNode loss : losses) {
      reasonKept |= loss.get("code").asText().equals("1.1.2")
          && loss.get("reason").asText().equals("Chưa đủ hồ sơ chứng minh hoàn thành kế hoạch");
    }
    assertThat(reasonKept).isTrue();
  }
}
