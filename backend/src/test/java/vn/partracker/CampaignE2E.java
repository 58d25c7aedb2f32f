package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.partracker.support.ApiClient;
import vn.partracker.support.BrowserTest;

/**
 * The self-assessment and appraisal screens: a commune drafts answers and is told what is still
 * missing; the council lowers a submitted commune's score with a reason (round 1) and asks for an
 * explanation; the commune explains the item; the council sees round 1 and the explanation beside
 * round 2, raises the score and closes the appraisal.
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

    // round 1: the council lowers an item with a reason, closes the round and asks for an explanation
    Page council = loggedIn("hoidong");
    council.navigate(url("/campaigns/" + id + "/units/" + submitted));
    council.locator("[data-testid=assessment-sheet]").waitFor();
    council.locator("[data-testid='appraised-1.1.2'] input").fill("0,5");
    council.locator("[data-testid='reason-1.1.2']").fill("Chưa đủ hồ sơ chứng minh hoàn thành kế hoạch");
    council.locator("[data-testid=appraisal-save]").click();
    council.getByText("Đã lưu 1 điểm thẩm định").waitFor();
    council.locator("[data-testid=appraisal-request-explanation]").click();
    council.locator("[data-testid=explanation-request-text]").fill("Giải trình mức độ hoàn thành kế hoạch (mục 1.1.2)");
    council.locator("[data-testid=explanation-request-ok]").click();
    council.locator("[data-testid=sheet-step]").getByText("Giải trình").waitFor();

    // the commune explains the item, in its own words, with the general reply
    ApiClient admin = api("admin");
    assertThat(admin.post("/api/users", java.util.Map.of("username", "xa02", "displayName",
        "Lê Thị Hạnh (Chủ tịch UBND xã)", "unitId", submitted, "roles", java.util.List.of("UNIT_HEAD"),
        "password", "Giai-trinh-2026")).status()).isEqualTo(201);
    Page head = loggedIn("xa02", "Giai-trinh-2026");
    head.navigate(url("/campaigns/" + id + "/units/" + submitted));
    head.locator("[data-testid='round1-1.1.2']").getByText("Chưa đủ hồ sơ").waitFor();
    head.locator("[data-testid='reply-1.1.2']").fill("Báo cáo tháng 12 ghi hoàn thành 18/18 nhiệm vụ (100%)");
    head.locator("[data-testid=explanation-reply]").fill("Đơn vị bổ sung báo cáo tháng 12 về kế hoạch CCHC");
    head.locator("[data-testid=explanation-send]").click();
    head.locator("[data-testid=sheet-step]").getByText("Đã nộp").waitFor();
    head.context().close();

    // round 2: the council sees round 1 and the explanation beside its new score, then closes the scores
    council.reload();
    council.locator("[data-testid='reply-1.1.2']").getByText("18/18 nhiệm vụ").waitFor();
    assertThat(council.locator("[data-testid='round1-1.1.2']").innerText()).contains("0,5", "Chưa đủ hồ sơ");
    council.locator("[data-testid='appraised-1.1.2'] input").fill("1");
    council.locator("[data-testid='reason-1.1.2']").fill("Đã xem báo cáo tháng 12: hoàn thành 100%");
    council.locator("[data-testid=appraisal-save]").click();
    council.getByText("Đã lưu 1 điểm thẩm định").waitFor();
    council.locator("[data-testid='round1-1.1.2']").scrollIntoViewIfNeeded();
    // the table scrolled as a person would, to round 1 just right of the fixed code and title columns
    council.locator("[data-testid='round1-1.1.2']").evaluate("el => { const td = el.closest('td');"
        + " let s = td.parentElement;"
        + " while (s && !(s.scrollWidth > s.clientWidth && getComputedStyle(s).overflowX !== 'visible')) s = s.parentElement;"
        + " s.scrollLeft = td.offsetLeft - 380; }");
    screenshotOfView(council, "appraisal-round-1-and-2-side-by-side");
    council.locator("[data-testid=appraisal-done]").click();
    council.locator("[data-testid=sheet-step]").getByText("Đã thẩm định").waitFor();
    screenshot(council, "appraisal-done");
    council.context().close();

    JsonNode item = null;
    for (JsonNode i : api("noivu").get("/api/campaigns/" + id + "/units/" + submitted + "/assessment").json().get("items")) {
      item = i.get("code").asText().equals("1.1.2") ? i : item;
    }
    assertThat(item.get("rounds")).extracting(r -> r.get("round").asInt() + ":" + r.get("points").decimalValue()
        .stripTrailingZeros().toPlainString()).containsExactly("0:0.9", "1:0.5", "2:1");
    assertThat(item.at("/rounds/1/reason").asText()).isEqualTo("Chưa đủ hồ sơ chứng minh hoàn thành kế hoạch");
    JsonNode result = null;
    for (JsonNode u : api("noivu").get("/api/campaigns/" + id + "/results").json().get("units")) {
      result = u.get("unitId").asLong() == submitted ? u : result;
    }
    assertThat(result.get("closedRound").asInt()).isEqualTo(2);
    assertThat(result.get("round2Index").decimalValue().subtract(result.get("round1Index").decimalValue()))
        .as("0,5 point more after the explanation, out of the applicable max").isPositive();
    assertThat(result.get("bonus").decimalValue()).as("the demo commune's initiative").isEqualByComparingTo("1");
  }
}
