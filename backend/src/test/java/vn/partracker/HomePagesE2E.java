package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partracker.support.DemoRunTest;

/**
 * The real app (backend with the packaged SPA) in Debian's Chromium: every demo role logs in
 * through the login page and lands on its home page; screenshots go to target/screenshots.
 */
@DemoRunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePagesE2E {

  @LocalServerPort int port;

  private Playwright playwright;
  private Browser browser;
  private Path screenshots;

  @BeforeAll
  void launch() throws Exception {
    Path chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    assertThat(chromium).as("Chromium is needed for browser tests (apt-get install chromium)").isExecutable();
    screenshots = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(screenshots);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  void close() {
    if (playwright != null) {
      playwright.close();
    }
  }

  private Page newPage() {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1366, 800).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
    return context.newPage();
  }

  private void login(Page page, String username) {
    page.navigate("http://localhost:" + port + "/");
    page.waitForURL("**/login**");
    page.locator("#username").fill(username);
    page.locator("#password").fill("demo");
    page.locator("[data-testid=login-submit]").click();
  }

  @ParameterizedTest(name = "{0} lands on the {1} home page")
  @CsvSource({
    "admin, admin",
    "noivu, coordinator",
    "chutich, leader",
    "hoidong, council",
    "tuphap, unit_head",
    "vanphong, unit_head",
    "xa01, unit_head"
  })
  void eachDemoRoleLogsInAndSeesItsHomePage(String username, String home) {
    Page page = newPage();
    login(page, username);
    page.locator("[data-testid=home-" + home + "]").waitFor();
    assertThat(page.title()).isEqualTo("Theo dõi Chỉ số CCHC");
    assertThat(page.locator("body").innerText()).contains("Trang chủ");
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("home-" + username + ".png")).setFullPage(true));

    page.locator("[data-testid=logout]").click();
    page.waitForURL("**/login**");
    page.context().close();
  }

  @Test
  void theLoginPageListsTheDemoAccountsAndRejectsAWrongPassword() {
    Page page = newPage();
    page.navigate("http://localhost:" + port + "/login");
    for (String username : List.of("admin", "noivu", "chutich", "hoidong", "tuphap", "vanphong", "xa01")) {
      page.getByText(username, new Page.GetByTextOptions().setExact(true)).first().waitFor();
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("login-demo-accounts.png")));
    page.locator("#username").fill("noivu");
    page.locator("#password").fill("sai-mat-khau");
    page.locator("[data-testid=login-submit]").click();
    page.getByText("Sai tên đăng nhập hoặc mật khẩu").first().waitFor();
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("login-wrong-password.png")));
    page.context().close();
  }

  @Test
  void cockpitOpensForTheAdministratorOnly() {
    Page admin = newPage();
    login(admin, "admin");
    admin.locator("[data-testid=home-admin]").waitFor();
    admin.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
    // single sign-on: Cockpit greets the PAR Tracker administrator by name, no second login
    admin.getByText("Quản trị hệ thống").first().waitFor();
    assertThat(admin.title()).contains("Cockpit");
    admin.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("cockpit-admin.png")));
    admin.context().close();

    Page coordinator = newPage();
    login(coordinator, "noivu");
    coordinator.locator("[data-testid=home-coordinator]").waitFor();
    var response = coordinator.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");
    assertThat(response.status()).isEqualTo(403);
    coordinator.context().close();
  }
}
