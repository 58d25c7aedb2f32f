package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.support.BrowserTest;

/**
 * What a first visit costs: the JavaScript transferred (gzip, as sent) for the login, home and inbox
 * routes, and how long the self-assessment sheet (the demo criteria set's scored items) takes from
 * navigation to its first score input enabled. Every route's bytes must stay within the issue's
 * target, 350 KB gzip; the sheet's time is printed only (a timed assertion on a shared machine would
 * measure the machine).
 */
class FirstLoadE2E extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  /** JavaScript bytes as transferred (the response's body size is what came over the wire, gzip when sent so). */
  private static long javascript(List<Response> responses) {
    long total = 0;
    for (Response r : responses) {
      if (r.url().endsWith(".js") && r.status() == 200) {
        Map<String, String> headers = r.headers();
        // the body Playwright returns is decoded; the transferred size is the encoded one it reports
        long sent = r.request().sizes().responseBodySize;
        assertThat(headers.get("content-encoding")).as(r.url()).satisfiesAnyOf(
            e -> assertThat(e).isEqualTo("gzip"), e -> assertThat(sent).isLessThan(1024));
        total += sent;
      }
    }
    return total;
  }

  private long route(String username, String path, String shown) {
    Page page = newPage(1366, 768, false);
    if (username != null) {
      logIn(page, username);
    }
    // a fresh context: nothing cached, as a first visit
    Page fresh = username == null ? page : page.context().browser().newContext().newPage();
    if (username != null) {
      fresh.context().addCookies(page.context().cookies());
    }
    List<Response> responses = new CopyOnWriteArrayList<>();
    fresh.onResponse(responses::add);
    fresh.navigate(url(path));
    fresh.locator(shown).first().waitFor();
    fresh.waitForLoadState(LoadState.NETWORKIDLE);
    long bytes = javascript(responses);
    System.out.printf("first-load JS %-12s %6.1f KB gzip (%d files)%n", path, bytes / 1024.0,
        responses.stream().filter(r -> r.url().endsWith(".js")).count());
    if (fresh != page) {
      fresh.context().close();
    }
    page.context().close();
    return bytes;
  }

  @Test
  void firstLoadJavaScriptPerRoute() {
    long login = route(null, "/login", "#username");
    long home = route("tuphap", "/", "[data-testid=home-upcoming]");
    long inbox = route("tuphap", "/unit-tasks", "[data-testid=inbox-row]");
    // issue 17's target. Measured 2026-12-04: /login 306.6, / 312.3, /unit-tasks 345.6 KB; the app shell without
    // antd's App/Modal, Drawer and Alert until used, the inbox's LeanTable instead of antd's Table, its
    // due-date picker fetched on first use, Vietnamese strings per page group, assets precompressed at
    // gzip's best level (before: /login 333.9, / 360.6, /unit-tasks 471.8 KB)
    long budget = 350 * 1024;
    assertThat(login).as("the login page's first load, gzip as transferred").isPositive().isLessThanOrEqualTo(budget);
    assertThat(home).as("the home page's first load, gzip as transferred").isPositive().isLessThanOrEqualTo(budget);
    assertThat(inbox).as("the inbox's first load, gzip as transferred").isPositive().isLessThanOrEqualTo(budget);
  }

  @Test
  void theSelfAssessmentSheetsTimeToUsable() {
    long campaign = jdbc.queryForObject("select min(id) from assessment_campaign", Long.class);
    long commune = jdbc.queryForObject("select unit_id from app_user where username = 'xa01'", Long.class);
    Page page = logIn(newPage(1366, 768, false), "xa01");
    String path = "/campaigns/" + campaign + "/units/" + commune;
    page.navigate(url(path)); // once to warm the server and the browser cache, as a user coming back
    page.locator("[data-testid=assessment-sheet]").waitFor();
    int items = ((Number) page.evaluate("async (p) => (await (await fetch('/api' + p + '/assessment')).json()).items.length",
        path)).intValue();
    page.navigate(url("/"));
    page.waitForLoadState(LoadState.NETWORKIDLE);

    page.navigate(url(path));
    page.locator("[data-testid^=points-] input:not([disabled])").first().waitFor();
    double ms = ((Number) page.evaluate("() => performance.now()")).doubleValue();
    // the first fields come with the page, the others right after (in a transition that gives way to typing)
    String rendered = "document.querySelectorAll('[data-testid=assessment-sheet] [data-testid^=explanation-]').length";
    page.waitForFunction("n => " + rendered + " === n", items);
    double complete = ((Number) page.evaluate("() => performance.now()")).doubleValue();
    int rows = ((Number) page.evaluate("() => " + rendered)).intValue();
    System.out.printf("sheet usable after %.0f ms, every row drawn after %.0f ms (%d scored items, %d rendered rows)%n",
        ms, complete, items, rows);
    assertThat(items).as("the demo sheet's scored items").isPositive();
    assertThat(rows).as("every item rendered").isEqualTo(items);
    page.context().close();
  }
}
