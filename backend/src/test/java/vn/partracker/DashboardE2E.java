package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.partracker.support.BrowserTest;

/** The coordinator's task dashboard with its timeline and the leader's score dashboard, drawn on the demo data. */
class DashboardE2E extends BrowserTest {

  @Test
  void bothDashboardsDrawTheirCharts() {
    Page coordinator = loggedIn("noivu");
    coordinator.navigate(url("/dashboard"));
    coordinator.locator("[data-testid=dash-chart-overdue] [role=listitem]").first().waitFor();
    assertThat(coordinator.locator("[data-testid=dash-overdue]").innerText()).containsPattern("[1-9]");
    coordinator.locator("[data-testid=dash-score-row]").first().waitFor();
    coordinator.locator("[data-testid=dash-timeline-row]").first().waitFor();
    assertThat(coordinator.locator("[data-testid=dash-timeline] [data-state=overdue]").count())
        .as("the overdue demo task is red on the timeline").isPositive();
    // a vertical line has no width, so Playwright calls it hidden: it is counted, not awaited
    assertThat(coordinator.locator("[data-testid=dash-timeline-today] line").count()).isEqualTo(1);
    screenshot(coordinator, "dashboard-coordinator");
    coordinator.context().close();

    Page leader = loggedIn("chutich");
    leader.navigate(url("/dashboard"));
    leader.locator("[data-testid=dash-score-row]").nth(7).waitFor();
    assertThat(leader.locator("[data-testid=dash-assumption]").innerText()).contains("quá hạn");
    screenshot(leader, "dashboard-scores");
    leader.context().close();

    Page head = loggedIn("tuphap");
    head.navigate(url("/dashboard"));
    head.locator("[data-testid=dash-rank]").waitFor();
    screenshot(head, "dashboard-unit-head");
    head.context().close();
  }
}
