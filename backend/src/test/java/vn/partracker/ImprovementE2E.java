package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.partracker.support.BrowserTest;

/** Phòng Tư pháp reports on a task from its inbox with evidence; Phòng Nội vụ accepts the report. */
class ImprovementE2E extends BrowserTest {

  private static void openFromInbox(Page page, String criterion, String role) {
    // the filter in the URL: the server searches the title and criterion code (the list is paged)
    page.navigate(page.url().replaceAll("(https?://[^/]+).*", "$1") + "/unit-tasks?q=" + criterion);
    page.locator("[data-testid=inbox]").waitFor();
    Locator row = page.locator("[data-testid=inbox-row]")
        .filter(new Locator.FilterOptions().setHasText(criterion))
        .filter(new Locator.FilterOptions().setHasText(role)).first();
    row.locator("a").first().click();
    page.locator("[data-testid=task-detail]").waitFor();
  }

  @Test
  void theLeadUnitReportsWithEvidenceAndTheCoordinatorAccepts() {
    Page tuphap = loggedIn("tuphap");
    openFromInbox(tuphap, "2.1.2", "Chủ trì");
    screenshot(tuphap, "inbox-task-before-report");
    tuphap.locator("[data-testid=evidence-upload] input[type=file]").setInputFiles(new FilePayload(
        "ho-so-xay-dung-van-ban.pdf", "application/pdf", "%PDF-1.4 hồ sơ".getBytes(StandardCharsets.UTF_8)));
    tuphap.locator("[data-testid=evidence-list]").getByText("ho-so-xay-dung-van-ban.pdf").waitFor();
    tuphap.locator("#report-text").fill("Đã lấy ý kiến và thẩm định 3/3 dự thảo; hồ sơ kèm theo.");
    tuphap.locator("[data-testid=report-submit]").click();
    // a final step: confirmed in a dialog that says what follows
    tuphap.locator("[data-testid=confirm-report]").getByText("Kèm theo 1 tài liệu kiểm chứng.").waitFor();
    tuphap.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
    tuphap.locator("[data-testid=task-status]").getByText("Đã nộp báo cáo").first().waitFor();
    screenshot(tuphap, "inbox-task-reported");
    tuphap.context().close();

    Page noivu = loggedIn("noivu");
    openFromInbox(noivu, "2.1.2", "Xem xét");
    assertThat(noivu.locator("[data-testid=task-report-text]").innerText()).contains("3/3 dự thảo");
    noivu.locator("[data-testid=review-accept]").click();
    noivu.locator("[data-testid=confirm-accept]").waitFor();
    screenshot(noivu, "inbox-task-accept-confirmation");
    noivu.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
    noivu.locator("[data-testid=task-status]").getByText("Đã chấp nhận").first().waitFor();
    screenshot(noivu, "inbox-task-accepted");
    noivu.context().close();
  }
}
