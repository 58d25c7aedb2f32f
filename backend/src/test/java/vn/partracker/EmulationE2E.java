package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.FileInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.partracker.support.BrowserTest;

/**
 * The demo emulation movement: the coordinator's scoreboard with coloured targets and the tasks
 * behind a figure, a nomination and the nominee's dossier downloaded; a unit head's own standing.
 */
class EmulationE2E extends BrowserTest {

  @Test
  void theCoordinatorRanksHeadsNominatesAndDownloadsTheDossier() throws Exception {
    Page coordinator = loggedIn("noivu");
    coordinator.navigate(url("/emulation"));
    coordinator.locator("[data-testid^=emulation-open-]").first().click();
    coordinator.locator("[data-testid=scoreboard-table]").waitFor();
    coordinator.locator("[data-testid^=scoreboard-cell-][data-met=true]").first().waitFor();
    assertThat(coordinator.locator("[data-testid^=scoreboard-cell-][data-met=false]").count()).isPositive();
    screenshot(coordinator, "emulation-scoreboard");

    coordinator.locator("[data-testid$=-ORDERS_ON_TIME][data-met=false]").first().click();
    coordinator.locator("[data-testid=indicator-tasks-drawer]").waitFor();
    assertThat(coordinator.locator("[data-testid=indicator-tasks-drawer]").innerText()).contains("Kế hoạch");
    screenshot(coordinator, "emulation-tasks-behind-a-figure");
    coordinator.keyboard().press("Escape");

    coordinator.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
        new Page.GetByRoleOptions().setName("Đề nghị khen thưởng")).click();
    coordinator.locator("[data-testid=nominations-table]").waitFor();
    Download download = coordinator.waitForDownload(() ->
        coordinator.locator("[data-testid^=dossier-docx-]").first().click());
    try (XWPFDocument doc = new XWPFDocument(new FileInputStream(download.path().toFile()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("BÁO CÁO THÀNH TÍCH", "Văn phòng HĐND và UBND", "Hoàng Văn Em");
    }
    screenshot(coordinator, "emulation-nominations");
    coordinator.context().close();

    Page head = loggedIn("xa01");
    head.navigate(url("/emulation"));
    head.locator("[data-testid^=emulation-open-]").first().click();
    head.locator("[data-testid^=scoreboard-row-]").first().waitFor();
    assertThat(head.locator("[data-testid^=scoreboard-row-]").count()).as("a unit head sees their own row").isEqualTo(1);
    screenshot(head, "emulation-unit-head");
    head.context().close();
  }
}
