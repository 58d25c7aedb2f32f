package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.partracker.improvement.PlanImport;
import vn.partracker.improvement.PlanLifecycle;
import vn.partracker.improvement.PlanView;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.Axe;
import vn.partracker.support.BrowserTest;

/**
 * The everyday walk of issue 17, on a phone (390×844) and a laptop (1366×768): the head of Phòng
 * Tư pháp opens the inbox, then a task, and reports with a photo taken for evidence (a 2–3 MB
 * JPEG, through the file input that opens the camera on a phone); Phòng Nội vụ, in a second
 * session at the same time, finds the report on its home page and in the bell and accepts it after
 * the confirmation; the unit head then sees the acceptance in the bell and on the task. axe-core
 * runs on every page of the walk. Screenshots: {@code walk-<size>-<step>.png}.
 *
 * <p>The walk reports on tasks of a plan of its own (next year's, dated in January), so that the
 * demo tasks other demo-run tests read stay open.
 */
class EverydayWalkE2E extends BrowserTest {

  @Autowired PlanImport plans;
  @Autowired PlanLifecycle lifecycle;
  @Autowired UnitService units;
  @Autowired Clock clock;

  @BeforeAll
  void aPlanWithOneTaskPerSize() {
    int year = LocalDate.now(clock).getYear() + 1;
    long district = units.all().stream().filter(u -> u.level().equals("DISTRICT")).mapToLong(UnitView::id)
        .findFirst().orElseThrow();
    String csv = """
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm %1$d đạt được,Mục tiêu năm %2$d,Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Kết quả,Yêu cầu,Thời gian hoàn thành
        2,CẢI CÁCH THỂ CHẾ,8,"6,5",,,,,,,
        2.2.1,Kiểm tra văn bản QPPL – thử trên điện thoại,1,"0,5",1,Tự kiểm tra văn bản QPPL do huyện ban hành,Phòng Tư pháp,,Hồ sơ kiểm tra,Đủ hồ sơ,Trước ngày 15/01/%2$d
        2.3.1,Phổ biến giáo dục pháp luật – thử trên máy tính,1,"0,5",1,Phổ biến văn bản mới cho cán bộ,Phòng Tư pháp,,Ảnh hội nghị,Đủ ảnh,Trước ngày 20/01/%2$d
        """.formatted(year - 1, year);
    PlanView plan = plans.importPlan(new MockMultipartFile("file", "ke-hoach-thu.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8)), year, district, "Kế hoạch thử của bài kiểm tra trình duyệt " + year);
    lifecycle.approve(plan.id(), "chutich");
    lifecycle.activateNow(plan.id());
  }

  /** A photo as a phone takes it: 2400×1800, noisy enough that JPEG keeps it at 2–3 MB. */
  static byte[] photo() throws IOException {
    int w = 2400;
    int h = 1800;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(17);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int n = random.nextInt(64);
        image.setRGB(x, y, (Math.min(255, x * 190 / w + n) << 16) | (Math.min(255, y * 190 / h + n) << 8) | (110 + n));
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.92f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream io = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(io);
      writer.write(null, new IIOImage(image, null, null), param);
    }
    writer.dispose();
    return out.toByteArray();
  }

  private void openMenu(Page page, boolean phone, String item) {
    if (phone) {
      page.locator("[data-testid=menu-open]").click();
      page.locator("[data-testid=menu-drawer] [data-testid=main-menu]").getByText(item).click();
    } else {
      page.locator("[data-testid=main-menu]").getByText(item).click();
    }
  }

  private static void noSidewaysScroll(Page page) {
    Object widths = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) widths).intValue()).as("the page does not scroll sideways").isLessThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"phone", "desktop"})
  void theUnitHeadReportsWithAPhotoAndTheCoordinatorAccepts(String size) throws IOException {
    boolean phone = size.equals("phone");
    String marker = phone ? "thử trên điện thoại" : "thử trên máy tính";
    int width = phone ? 390 : 1366;
    int height = phone ? 844 : 768;
    String shot = "walk-" + size + "-";
    List<String> axe = new ArrayList<>();

    // the unit head: inbox → task
    Page head = logIn(newPage(width, height, phone), "tuphap");
    head.locator(phone ? "[data-testid=phone-layout]" : "[data-testid=main-menu]").first().waitFor();
    openMenu(head, phone, "Việc của đơn vị");
    head.locator("[data-testid=inbox]").waitFor();
    head.locator("input[data-testid=inbox-search], [data-testid=inbox-search] input").first().fill(marker);
    Locator entry = head.locator(phone ? "[data-testid=inbox-card]" : "[data-testid=inbox-row]")
        .filter(new Locator.FilterOptions().setHasText(marker)).first();
    entry.waitFor();
    if (phone) {
      noSidewaysScroll(head);
    }
    screenshot(head, shot + "1-inbox");
    axe.addAll(Axe.run(head, size + " inbox (tuphap)"));
    entry.locator("[data-testid=inbox-link]").first().click();
    head.locator("[data-testid=task-detail]").waitFor();
    assertThat(head.locator("[data-testid=task-title]").innerText()).isNotBlank();

    // a photo as evidence, through the input that opens the camera on a phone
    byte[] jpeg = photo();
    assertThat(jpeg.length).as("a photo-sized JPEG").isBetween(2_000_000, 3_500_000);
    Path file = Files.createTempDirectory("walk").resolve("anh-ho-so-" + size + ".jpg");
    Files.write(file, jpeg);
    Locator input = head.locator(phone
        ? "[data-testid=evidence-upload] input[type=file][capture]"
        : "[data-testid=evidence-upload] input[type=file]");
    assertThat(input.count()).isEqualTo(1);
    assertThat(input.getAttribute("accept")).contains("image/*");
    if (phone) {
      assertThat(input.getAttribute("capture")).isEqualTo("environment");
    }
    input.setInputFiles(file);
    head.locator("[data-testid=evidence-list]").getByText(file.getFileName().toString()).waitFor();
    assertThat(head.locator("[data-testid=evidence-list]").innerText()).containsPattern("\\d+,\\d MB");
    if (phone) {
      noSidewaysScroll(head);
    }
    screenshot(head, shot + "2-task-with-photo");
    axe.addAll(Axe.run(head, size + " task (tuphap)"));

    head.locator("#report-text").fill("Đã tự kiểm tra 12 văn bản; ảnh biên bản kèm theo.");
    head.locator("[data-testid=report-submit]").click();
    head.locator("[data-testid=confirm-report]").getByText("Kèm theo 1 tài liệu kiểm chứng.").waitFor();
    screenshot(head, shot + "3-report-confirmation");
    head.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
    head.locator("[data-testid=task-status]").getByText("Đã nộp báo cáo").first().waitFor();
    screenshot(head, shot + "4-reported");

    // the coordinator, in a session of its own while the unit head's stays open
    Page coordinator = logIn(newPage(width, height, phone), "noivu");
    Locator review = coordinator.locator("[data-testid=home-reviews] [data-testid=home-review-row]")
        .filter(new Locator.FilterOptions().setHasText(marker));
    review.waitFor();
    assertThat(coordinator.locator("[data-testid=home-review-row]").first().innerText())
        .as("newest first").contains(marker);
    assertThat(review.innerText()).contains("Phòng Tư pháp");
    if (phone) {
      noSidewaysScroll(coordinator);
    }
    screenshot(coordinator, shot + "5-coordinator-home");
    axe.addAll(Axe.run(coordinator, size + " home (noivu)"));

    coordinator.locator("[data-testid=notification-bell]").click();
    Locator told = coordinator.locator("[data-testid=notification-item]").filter(new Locator.FilterOptions().setHasText(marker));
    told.waitFor();
    assertThat(told.innerText()).contains("Báo cáo mới chờ xem xét");
    screenshot(coordinator, shot + "6-coordinator-bell");
    axe.addAll(Axe.run(coordinator, size + " bell (noivu)"));
    if (!told.isVisible()) {
      // the full-page screenshot resizes the window, which may close the popover: open it again
      coordinator.locator("[data-testid=notification-bell]").click();
    }
    told.click();
    coordinator.locator("[data-testid=task-detail]").waitFor();
    coordinator.locator("[data-testid=task-report-text]").getByText("12 văn bản", new Locator.GetByTextOptions()).waitFor();
    assertThat(coordinator.locator("[data-testid=evidence-list]").innerText()).contains("anh-ho-so-" + size + ".jpg");
    coordinator.locator("[data-testid=review-accept]").click();
    coordinator.locator("[data-testid=confirm-accept]").waitFor();
    screenshot(coordinator, shot + "7-accept-confirmation");
    coordinator.locator(".ant-modal-confirm-btns .ant-btn-primary").click();
    coordinator.locator("[data-testid=task-status]").getByText("Đã chấp nhận").first().waitFor();
    screenshot(coordinator, shot + "8-accepted");
    coordinator.context().close();

    // the unit head sees the acceptance: the bell and the task
    head.reload();
    head.locator("[data-testid=task-status]").getByText("Đã chấp nhận").first().waitFor();
    assertThat(head.locator("[data-testid=notification-bell]").getAttribute("data-unread")).isNotEqualTo("0");
    Locator accepted = head.locator("[data-testid=notification-item]").filter(new Locator.FilterOptions().setHasText(marker));
    // the hand-over notices are written by the outbox sweep, a few seconds after the acceptance on a busy machine:
    // the bell lists what there is when it opens, so it is opened again (after a reload) until the notice is there
    for (int attempt = 1; ; attempt++) {
      head.locator("[data-testid=notification-bell]").click();
      head.locator("[data-testid=notification-list]").waitFor();
      try {
        accepted.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
        break;
      } catch (com.microsoft.playwright.TimeoutError notYet) {
        assertThat(attempt).as("the acceptance notice within 30 s").isLessThan(6);
        head.reload();
        head.locator("[data-testid=task-detail]").waitFor();
      }
    }
    // read before the full-page screenshot, which resizes the window and may close the popover
    assertThat(accepted.innerText()).contains("Báo cáo đã được chấp nhận");
    screenshot(head, shot + "9-head-sees-acceptance");
    axe.addAll(Axe.run(head, size + " task accepted + bell (tuphap)"));
    head.context().close();
    assertThat(axe).as("serious or critical axe violations on the walk's pages").isEmpty();
  }
}
