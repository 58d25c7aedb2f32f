package vn.partracker.support;

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
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser pages for tests of a running app (backend with the packaged SPA) in Debian's Chromium,
 * driven by Playwright for Java; screenshots go to target/screenshots. {@link BrowserTest} runs them
 * against the shared demo run; a test with another configuration (the two-tier demo) extends this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChromiumPages {

  @LocalServerPort protected int port;

  private Browser browser;
  private Path screenshots;

  @BeforeAll
  void launch() throws Exception {
    screenshots = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(screenshots);
    browser = SharedChromium.browser();
  }

  /**
   * One Playwright driver and one Chromium for every browser test of the JVM (each test makes its own
   * contexts): launching both took seconds per test class. Closed when the JVM ends.
   */
  private static final class SharedChromium {
    private static Browser browser;

    static synchronized Browser browser() {
      if (browser == null) {
        Path chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium is needed for browser tests (apt-get install chromium)").isExecutable();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(chromium)
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
      }
      return browser;
    }
  }

  /** Closes the pages this test class opened; the browser stays for the next class. */
  @AfterAll
  void closeContexts() {
    if (browser != null) {
      browser.contexts().forEach(BrowserContext::close);
    }
  }

  /**
   * How long a browser step may wait for what it expects: the demo run shares the two cores with the shared
   * integration tests (ClusterIT boots three JVMs beside it), and a wait of 20 s once ran out there.
   */
  static final java.time.Duration WAIT = java.time.Duration.ofSeconds(45);

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected Page newPage() {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1366, 800).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
    context.setDefaultTimeout(WAIT.toMillis());
    return context.newPage();
  }

  /** A phone: 390×844 CSS pixels, touch, a mobile user agent's layout. */
  protected Page newPhonePage() {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2)
        .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
    context.setDefaultTimeout(WAIT.toMillis());
    return context.newPage();
  }

  /**
   * A page of a given size, phone-like (touch, mobile layout) or not, whose context lets test
   * scripts (axe-core) in past the app's Content-Security-Policy.
   */
  protected Page newPage(int width, int height, boolean phone) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(width, height).setIsMobile(phone).setHasTouch(phone).setDeviceScaleFactor(phone ? 2 : 1)
        .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setBypassCSP(true));
    context.setDefaultTimeout(WAIT.toMillis());
    return context.newPage();
  }

  /** Logs in through the login page with the demo password. */
  protected Page loggedIn(String username) {
    return logIn(newPage(), username);
  }

  /** Logs in through the login page, as an account the test created. */
  protected Page loggedIn(String username, String password) {
    return logIn(newPage(), username, password);
  }

  /** Logs in on the given page (a phone's, say) through the login page with the demo password. */
  protected Page logIn(Page page, String username) {
    return logIn(page, username, "demo");
  }

  private Page logIn(Page page, String username, String password) {
    page.navigate(url("/"));
    page.waitForURL("**/login**");
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.locator("[data-testid=login-submit]").click();
    page.waitForURL(u -> !u.contains("/login"));
    return page;
  }

  protected void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
  }

  /** What the person sees on the screen now (a long page's full shot is too small to read). */
  protected void screenshotOfView(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")));
  }
}
