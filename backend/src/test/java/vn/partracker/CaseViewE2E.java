package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.partracker.support.BrowserTest;

/** The case view draws the real BPMN diagram with bpmn-js and marks where the task and the campaign stand. */
class CaseViewE2E extends BrowserTest {

  @Test
  void aTaskAndACampaignShowTheirProcessWithTheCurrentStepHighlighted() {
    Page tuphap = loggedIn("tuphap");
    tuphap.navigate(url("/unit-tasks"));
    tuphap.locator("[data-testid=inbox-row]")
        .filter(new Locator.FilterOptions().setHasText("2.2.2"))
        .filter(new Locator.FilterOptions().setHasText("Chủ trì")).first()
        .locator("a").first().click();
    tuphap.locator("[data-testid=task-detail]").waitFor();
    tuphap.locator("[data-testid=task-open-case]").click();
    tuphap.locator("[data-testid=case-diagram] .djs-element.case-active[data-element-id=Task_Work]").waitFor();
    assertThat(tuphap.locator("[data-testid=case-diagram] svg .djs-element.case-done").count())
        .as("the start event has ended").isPositive();
    assertThat(tuphap.locator("[data-testid=case-legend]").innerText()).contains("Bước hiện tại", "Quá hạn", "Đã hoàn thành");
    assertThat(tuphap.locator("[data-testid=case-history]").innerText()).contains("Thực hiện và báo cáo kết quả");
    screenshot(tuphap, "case-improvement-task");
    tuphap.context().close();

    Page noivu = loggedIn("noivu");
    noivu.navigate(url("/campaigns"));
    noivu.locator("[data-testid^=campaign-open-]").first().click();
    noivu.locator("[data-testid=campaign-open-case]").click();
    noivu.locator("[data-testid=case-diagram] .djs-element.case-active[data-element-id=CallActivity_Units]").waitFor();
    assertThat(noivu.locator("[data-testid=case-diagram] .djs-element.case-done[data-element-id=Task_SetUpCouncil]").count())
        .isEqualTo(1);
    screenshot(noivu, "case-campaign");
    noivu.context().close();
  }
}
