package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.criteria.ResponsibilityService;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.BrowserTest;

/** Phòng Nội vụ imports a criteria table through the wizard and edits the responsibility matrix. */
class CriteriaE2E extends BrowserTest {

  @Autowired CriteriaService criteria;
  @Autowired ResponsibilityService responsibilities;
  @Autowired UnitService units;

  @Test
  void theCoordinatorImportsATableAndAssignsALeadUnit() {
    Page page = loggedIn("noivu");
    page.navigate(url("/criteria"));
    page.locator("[data-testid=criteria-list]").waitFor();
    page.locator("[data-testid=criteria-import-button]").click();
    String csv = "Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn\n"
        + "1;CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH;\"13,5\"\n1.1;Kế hoạch CCHC;9\n1.2;Báo cáo CCHC;4.5\n"
        + "2;CẢI CÁCH THỂ CHẾ;86,5\n";
    page.locator("input[type=file]").first().setInputFiles(
        new FilePayload("bo-tieu-chi-xa.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    page.locator("[data-testid=criteria-preview]").waitFor();
    screenshot(page, "criteria-import-preview");
    page.locator("[data-testid=criteria-preview-next]").click();
    page.locator("#import-name").fill("Bộ tiêu chí cấp xã (thử nghiệm)");
    page.locator("#import-year").fill("2027");
    page.locator("[data-testid=criteria-import-confirm]").click();
    page.locator("[data-testid=criteria-tree]").waitFor();
    assertThat(page.locator("[data-testid=criteria-total]").innerText()).contains("100");
    screenshot(page, "criteria-detail");

    CriteriaSetView.Summary imported = criteria.list(true).stream()
        .filter(s -> s.name().equals("Bộ tiêu chí cấp xã (thử nghiệm)")).findFirst().orElseThrow();
    assertThat(imported.totalMaxPoints()).isEqualByComparingTo("100");

    page.locator("[data-testid=criteria-matrix-link]").click();
    page.locator("[data-testid=matrix-grid]").waitFor();
    page.locator("[data-testid='lead-1']").click();
    page.keyboard().type("Phòng Tư pháp");
    page.locator(".ant-select-item-option").filter(new com.microsoft.playwright.Locator.FilterOptions()
        .setHasText("Phòng Tư pháp")).first().click();
    long tuPhap = units.all().stream().filter(u -> u.name().equals("Phòng Tư pháp")).mapToLong(UnitView::id)
        .findFirst().orElseThrow();
    // the row saves by itself; the criterion under the field inherits it
    page.waitForCondition(() -> responsibilities.effective(imported.id(), "1.1")
        .map(a -> a.leadUnitId() == tuPhap).orElse(false));
    screenshot(page, "criteria-matrix");
  }

  /**
   * Issue 18: with the UI in English, the server's messages come in English too (the API client
   * sends the UI language as Accept-Language): a criteria table with a bad row shows its row errors
   * in English in the import preview.
   */
  @Test
  void theEnglishUiShowsTheServersErrorsInEnglish() {
    Page page = loggedIn("noivu");
    page.navigate(url("/criteria"));
    page.locator("[data-testid=criteria-list]").waitFor();
    page.locator("[data-testid=language-switcher]").getByText("EN").click();
    page.locator("[data-testid=criteria-import-button]").click();
    String csv = "Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn\n"
        + "1;CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH;\"13,5\"\n1.1;Kế hoạch CCHC;9\n1.2;Báo cáo CCHC;bốn\n"
        + "2;CẢI CÁCH THỂ CHẾ;86,5\n";
    page.locator("input[type=file]").first().setInputFiles(
        new FilePayload("bad-criteria.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    com.microsoft.playwright.Locator errors = page.locator("[data-testid=criteria-preview-errors]");
    errors.waitFor();
    assertThat(errors.innerText())
        .contains("The maximum score \"bốn\" is not a number (for example 13,5 or 4.5)")
        .doesNotContain("không phải là số");
    screenshot(page, "criteria-import-errors-en");
  }
}
