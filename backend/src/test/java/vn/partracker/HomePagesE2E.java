package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partracker.support.BrowserTest;

/** Every demo role logs in through the login page and lands on its home page; Cockpit is for admin only. */
class HomePagesE2E extends BrowserTest {

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
    Page page = loggedIn(username);
    page.locator("[data-testid=home-" + home + "]").waitFor();
    assertThat(page.title()).isEqualTo("Theo dõi Chỉ số CCHC");
    assertThat(page.locator("body").innerText()).contains("Trang chủ");
    screenshot(page, "home-" + username);

    page.locator("[data-testid=logout]").click();
    page.waitForURL("**/login**");
    page.context().close();
  }

  @Test
  void theLoginPageListsTheDemoAccountsAndRejectsAWrongPassword() {
    Page page = newPage();
    page.navigate(url("/login"));
    for (String username : List.of("admin", "noivu", "chutich", "hoidong", "tuphap", "vanphong", "xa01")) {
      page.getByText(username, new Page.GetByTextOptions().setExact(true)).first().waitFor();
    }
    screenshot(page, "login-demo-accounts");
    page.locator("#username").fill("noivu");
    page.locator("#password").fill("sai-mat-khau");
    page.locator("[data-testid=login-submit]").click();
    page.getByText("Sai tên đăng nhập hoặc mật khẩu").first().waitFor();
    screenshot(page, "login-wrong-password");
    page.context().close();
  }

  @Test
  void cockpitOpensForTheAdministratorOnly() {
    Page admin = loggedIn("admin");
    admin.locator("[data-testid=home-admin]").waitFor();
    admin.navigate(url("/camunda/app/cockpit/default/"));
    // single sign-on: Cockpit greets the PAR Tracker administrator by name, no second login
    admin.getByText("Quản trị hệ thống").first().waitFor();
    assertThat(admin.title()).contains("Cockpit");
    screenshot(admin, "cockpit-admin");
    admin.context().close();

    Page coordinator = loggedIn("noivu");
    coordinator.locator("[data-testid=home-coordinator]").waitFor();
    var response = coordinator.navigate(url("/camunda/app/cockpit/default/"));
    assertThat(response.status()).isEqualTo(403);
    coordinator.context().close();
  }
}
