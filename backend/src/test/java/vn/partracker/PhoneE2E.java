package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.partracker.support.BrowserTest;

/**
 * A commune head on a phone (390×844): the header keeps Đăng xuất on screen, the menu is a drawer,
 * the inbox is a list of cards, a task opens with its name as the title, nothing scrolls sideways;
 * and the app's files come gzipped, the hashed ones cached for a year.
 */
class PhoneE2E extends BrowserTest {

  private static void noSidewaysScroll(Page page) {
    Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
    List<?> w = (List<?>) widths;
    assertThat(((Number) w.get(0)).intValue()).as("page width vs. screen width").isLessThanOrEqualTo(((Number) w.get(1)).intValue());
  }

  private static void onScreen(Locator locator) {
    BoundingBox box = locator.boundingBox();
    assertThat(box).isNotNull();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).isLessThanOrEqualTo(390);
  }

  @Test
  void aCommuneHeadWorksFromTheInboxOnAPhone() {
    Page page = newPhonePage();
    List<Response> assets = new CopyOnWriteArrayList<>();
    page.onResponse(r -> {
      if (r.url().contains("/assets/") && r.url().endsWith(".js")) {
        assets.add(r);
      }
    });
    logIn(page, "xa01");
    page.locator("[data-testid=phone-layout]").waitFor();
    onScreen(page.locator("[data-testid=logout]"));
    assertThat(page.locator("[data-testid=phone-layout] header").boundingBox().height).isLessThanOrEqualTo(60);
    noSidewaysScroll(page);
    screenshot(page, "phone-home");

    page.locator("[data-testid=menu-open]").click();
    page.locator("[data-testid=main-menu]").getByText("Việc của đơn vị").click();
    page.locator("[data-testid=inbox-cards]").waitFor();
    Locator cards = page.locator("[data-testid=inbox-card]");
    cards.first().waitFor();
    assertThat(cards.count()).isGreaterThan(0);
    assertThat(page.locator("[data-testid=inbox-row]").count()).isZero();
    Locator first = cards.first();
    String title = first.locator("[data-testid=inbox-card-title]").innerText();
    assertThat(title).isNotBlank();
    assertThat(first.locator("[data-testid=inbox-status]").count()).isEqualTo(1);
    assertThat(first.innerText()).containsPattern("\\d{2}/\\d{2}/\\d{4}");
    noSidewaysScroll(page);
    screenshot(page, "phone-inbox");

    first.locator("[data-testid=inbox-link]").click();
    page.locator("[data-testid=task-detail]").waitFor();
    String heading = page.locator("[data-testid=task-title]").innerText();
    assertThat(title).as("the card's title begins with the task's name").startsWith(heading);
    assertThat(heading).doesNotContainPattern("^\\d{2}/\\d{2}/\\d{4}");
    onScreen(page.locator("[data-testid=logout]"));
    noSidewaysScroll(page);
    screenshot(page, "phone-task");

    // the app's JavaScript came gzipped (all but the few files under server.compression's 1 KB) and,
    // being content-hashed, cacheable for a year
    assertThat(assets).isNotEmpty();
    long gzipped = 0;
    for (Response r : assets) {
      assertThat(r.headers().get("cache-control")).as(r.url()).contains("max-age=31536000").contains("immutable");
      if ("gzip".equals(r.headers().get("content-encoding"))) {
        gzipped++;
      } else {
        assertThat(r.body().length).as(r.url() + " sent uncompressed").isLessThan(1024);
      }
    }
    assertThat(gzipped).isPositive();
    page.context().close();
  }

  /**
   * No signal: the app opens from what the phone kept (the service worker keeps the app's files, the
   * app the last inbox), says it is offline and read-only, and an action says it was not sent.
   */
  @Test
  void theLastInboxOpensWithoutANetwork() {
    Page page = newPhonePage();
    logIn(page, "xa01");
    page.navigate(url("/unit-tasks"));
    Locator cards = page.locator("[data-testid=inbox-card]");
    cards.first().waitFor();
    String title = cards.first().locator("[data-testid=inbox-card-title]").innerText();
    int count = cards.count();
    // the worker runs and keeps the app's files; the app has kept the inbox (a second after it changed)
    page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    page.waitForFunction("t => (localStorage.getItem('par.offline-cache') || '').includes(t)", title);
    page.waitForFunction("async () => (await (await caches.open('par-app-v1')).keys()).some(r => r.url.includes('/assets/'))");

    page.context().setOffline(true);
    page.reload();
    page.locator("[data-testid=offline-banner]").waitFor();
    assertThat(page.locator("[data-testid=offline-banner]").innerText()).contains("Không có kết nối mạng")
        .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    cards.first().waitFor();
    assertThat(cards.count()).isEqualTo(count);
    assertThat(cards.first().locator("[data-testid=inbox-card-title]").innerText()).isEqualTo(title);
    noSidewaysScroll(page);
    screenshot(page, "phone-offline-inbox");

    // back online, the app reads from the server again and the banner goes
    page.context().setOffline(false);
    page.locator("[data-testid=offline-banner]").waitFor(new Locator.WaitForOptions()
        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    page.context().close();
  }

  @Test
  void indexHtmlIsRevalidatedAndTheManifestIsServed() {
    Page page = newPage();
    Response index = page.navigate(url("/login"));
    assertThat(index.headers().get("cache-control")).contains("no-cache").doesNotContain("max-age=31536000");
    var manifest = page.request().get(url("/manifest.webmanifest"));
    assertThat(manifest.status()).isEqualTo(200);
    assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");
    assertThat(manifest.text()).contains("\"short_name\": \"CCHC\"");
    page.context().close();
  }
}
