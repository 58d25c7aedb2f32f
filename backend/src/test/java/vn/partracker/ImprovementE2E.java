package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.partracker.improvement.PlanActivationWorker;
import vn.partracker.improvement.PlanImport;
import vn.partracker.improvement.PlanLifecycle;
import vn.partracker.improvement.PlanView;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.BrowserTest;

/** Phòng Tư pháp reports on a task from its inbox with evidence; Phòng Nội vụ accepts the report. */
class ImprovementE2E extends BrowserTest {

  @Autowired PlanImport plans;
  @Autowired PlanLifecycle lifecycle;
  @Autowired UnitService units;
  @Autowired PlanActivationWorker worker;
  @Autowired java.time.Clock clock;

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
    // the report's answer itself, so that a failure says whether the server refused, failed or never answered
    // (this step timed out now and then early in the demo run, under load, with no sign of why)
    Response reported = tuphap.waitForResponse(r -> r.url().contains("/report") && "POST".equals(r.request().method()),
        () -> tuphap.locator(".ant-modal-confirm-btns .ant-btn-primary").click());
    assertThat(reported.status()).as(reported.text()).isEqualTo(200);
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

  /**
   * Issue 19: the coordinator activates an approved plan; the page shows "Đang khởi tạo nhiệm vụ"
   * with a progress bar while the job waits (the worker paused), again after a reload, and the plan
   * active once the worker has started its tasks. The plan is its own (two years ahead), so the demo
   * tasks other tests read stay as they are. Screenshots {@code plan-activation-*.png}.
   */
  @Test
  void theCoordinatorActivatesAPlanAndFollowsItsProgress() {
    int year = java.time.LocalDate.now(clock).getYear() + 2;
    long district = units.all().stream().filter(u -> u.level().equals("DISTRICT")).mapToLong(UnitView::id)
        .findFirst().orElseThrow();
    String csv = """
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm đạt được,Mục tiêu,Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Thời gian hoàn thành
        9,THỬ TRIỂN KHAI,2,0,,,,,,
        9.1,Triển khai thử một,1,0,1,Nhiệm vụ thử một,Phòng Tư pháp,,Báo cáo,Trước ngày 31/01/%1$d
        9.2,Triển khai thử hai,1,0,1,Nhiệm vụ thử hai,Phòng Tư pháp,,Báo cáo,Trước ngày 28/02/%1$d
        """.formatted(year);
    PlanView plan = plans.importPlan(new MockMultipartFile("file", "ke-hoach-trien-khai.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8)), year, district, "Kế hoạch thử triển khai " + year);
    lifecycle.approve(plan.id(), "chutich");
    Page noivu = loggedIn("noivu");
    worker.enabled(false);
    try {
      noivu.navigate(url("/improvement-plans/" + plan.id()));
      noivu.locator("[data-testid=plan-activate]").click();
      // the request's answer itself: this step timed out now and then early in the demo run, under load
      Response activated = noivu.waitForResponse(r -> r.url().endsWith("/activate") && "POST".equals(r.request().method()),
          () -> noivu.locator("[data-testid=plan-activate-ok]").click());
      assertThat(activated.status()).as(activated.text()).isEqualTo(202);
      assertThat(activated.text()).as("the plan waits for the paused worker").contains("\"ACTIVATING\"");
      noivu.locator("[data-testid=plan-activation-text]").getByText("Đang khởi tạo nhiệm vụ: 0/2").waitFor();
      assertThat(noivu.locator("[data-testid=plan-status]").innerText()).isEqualTo("Đang khởi tạo nhiệm vụ");
      screenshot(noivu, "plan-activation-progress");
      noivu.reload();
      noivu.locator("[data-testid=plan-activation-text]").getByText("Đang khởi tạo nhiệm vụ: 0/2").waitFor();
      assertThat(noivu.locator("[data-testid=plan-activate]").count()).isZero();
    } finally {
      worker.enabled(true);
    }
    noivu.locator("[data-testid=plan-status]").getByText("Đang triển khai").waitFor();
    assertThat(noivu.locator("[data-testid=plan-activation]").count()).isZero();
    noivu.getByText("Đã triển khai kế hoạch: giao 2 nhiệm vụ.").waitFor();
    screenshot(noivu, "plan-activation-done");
    noivu.context().close();
  }
}
