package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.support.BrowserTest;

/**
 * Two people edit one unit in the browser from the same read: the administrator saves first, the
 * coordinator's save shows both values and keeps theirs on request; the unit's history drawer then
 * lists both changes with who and the short name before and after. Screenshots of both.
 */
class UnitLockingE2E extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aStaleSaveShowsBothValuesAndTheHistoryListsBothChanges() {
    long id = jdbc.queryForObject("select min(id) from org_unit where parent_id is not null", Long.class);
    Page admin = loggedIn("admin");
    Page coordinator = loggedIn("noivu");
    admin.navigate(url("/admin/units"));
    coordinator.navigate(url("/admin/units"));

    // the coordinator opens the form first (the version read), then the administrator saves
    coordinator.locator("[data-testid=unit-edit-" + id + "]").click();
    coordinator.getByLabel("Tên viết tắt").fill("VT-NOIVU");
    admin.locator("[data-testid=unit-edit-" + id + "]").click();
    admin.getByLabel("Tên viết tắt").fill("VT-ADMIN");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
    admin.getByText("Đã lưu đơn vị.").waitFor();

    coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
    Locator stale = coordinator.locator("[data-testid=stale-shortName]");
    stale.waitFor();
    assertThat(stale.innerText()).contains("bạn nhập «VT-NOIVU»").contains("hiện tại «VT-ADMIN»");
    assertThat(coordinator.locator("[data-testid=stale-by]").innerText()).contains("admin");
    screenshot(coordinator, "unit-stale-choice");
    coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giữ giá trị của tôi")).click();
    coordinator.getByText("Đã lưu đơn vị.").waitFor();
    assertThat(jdbc.queryForObject("select short_name from org_unit where id = ?", String.class, id)).isEqualTo("VT-NOIVU");

    coordinator.locator("[data-testid=unit-history-" + id + "]").click();
    Locator changes = coordinator.locator("[data-testid=unit-history-change]");
    changes.nth(1).waitFor();
    assertThat(changes.first().innerText()).contains("noivu").contains("VT-ADMIN → VT-NOIVU");
    assertThat(changes.nth(1).innerText()).contains("admin").contains("→ VT-ADMIN");
    screenshot(coordinator, "unit-history");
    admin.context().close();
    coordinator.context().close();
  }
}
