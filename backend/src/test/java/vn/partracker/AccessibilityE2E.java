package vn.partracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.support.Axe;
import vn.partracker.support.BrowserTest;

/**
 * axe-core on every main page of every role, at 1366×768 and, for a commune head, at 390×844:
 * prints the violations by impact per page and fails on serious or critical ones.
 */
class AccessibilityE2E extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  private List<String> visit(Page page, String role, String path, String name) {
    long started = System.nanoTime();
    page.navigate(url(path));
    page.locator("main").first().waitFor();
    page.waitForFunction("() => !document.querySelector('.ant-skeleton, .ant-spin-spinning')");
    System.out.printf("page %s loaded in %d ms%n", path, (System.nanoTime() - started) / 1_000_000);
    return Axe.run(page, name + " (" + role + ")");
  }

  @Test
  void mainPagesOfEveryRoleHaveNoSeriousViolations() {
    long campaign = jdbc.queryForObject("select min(id) from assessment_campaign", Long.class);
    long commune = jdbc.queryForObject("select unit_id from app_user where username = 'xa01'", Long.class);
    Long submitted = jdbc.query("select unit_id from assessment_unit where campaign_id = ? and step <> 'SELF_ASSESSMENT'"
        + " order by unit_id", (rs, i) -> rs.getLong(1), campaign).stream().findFirst().orElse(commune);
    long plan = jdbc.queryForObject("select min(id) from improvement_plan where status = 'ACTIVE'", Long.class);
    long task = jdbc.queryForObject("select min(t.id) from improvement_task t join app_user u on u.unit_id = t.lead_unit_id"
        + " where u.username = 'tuphap'", Long.class);
    long movement = jdbc.queryForObject("select min(id) from emulation_movement", Long.class);
    List<String> failing = new ArrayList<>();

    Page head = logIn(newPage(1366, 768, false), "tuphap");
    failing.addAll(visit(head, "tuphap", "/", "home"));
    failing.addAll(visit(head, "tuphap", "/unit-tasks", "inbox"));
    failing.addAll(visit(head, "tuphap", "/improvement-tasks/" + task, "task"));
    failing.addAll(visit(head, "tuphap", "/dashboard", "dashboard"));
    failing.addAll(visit(head, "tuphap", "/improvement-plans", "plans"));
    failing.addAll(visit(head, "tuphap", "/improvement-plans/" + plan, "plan"));
    failing.addAll(visit(head, "tuphap", "/emulation/" + movement, "emulation"));
    failing.addAll(visit(head, "tuphap", "/settings", "settings"));
    head.context().close();

    Page communeHead = logIn(newPage(390, 844, true), "xa01");
    failing.addAll(visit(communeHead, "xa01, phone", "/", "phone-home"));
    failing.addAll(visit(communeHead, "xa01, phone", "/unit-tasks", "phone-inbox"));
    failing.addAll(visit(communeHead, "xa01, phone", "/campaigns/" + campaign + "/units/" + commune, "phone-sheet"));
    failing.addAll(visit(communeHead, "xa01, phone", "/dashboard", "phone-dashboard"));
    communeHead.context().close();

    Page sheet = logIn(newPage(1366, 768, false), "xa01");
    failing.addAll(visit(sheet, "xa01", "/campaigns/" + campaign + "/units/" + commune, "sheet"));
    failing.addAll(visit(sheet, "xa01", "/dashboard", "dashboard-commune"));
    sheet.context().close();

    Page coordinator = logIn(newPage(1366, 768, false), "noivu");
    failing.addAll(visit(coordinator, "noivu", "/", "home-coordinator"));
    failing.addAll(visit(coordinator, "noivu", "/dashboard", "dashboard-coordinator"));
    failing.addAll(visit(coordinator, "noivu", "/campaigns/" + campaign, "campaign"));
    failing.addAll(visit(coordinator, "noivu", "/criteria", "criteria"));
    failing.addAll(visit(coordinator, "noivu", "/emulation", "emulation-list"));
    failing.addAll(visit(coordinator, "noivu", "/admin/units", "admin-units"));
    failing.addAll(visit(coordinator, "noivu", "/admin/users", "admin-users"));
    failing.addAll(visit(coordinator, "noivu", "/admin/reminders", "admin-reminders"));
    coordinator.context().close();

    Page council = logIn(newPage(1366, 768, false), "hoidong");
    failing.addAll(visit(council, "hoidong", "/unit-tasks", "inbox-council"));
    failing.addAll(visit(council, "hoidong", "/campaigns/" + campaign + "/units/" + submitted, "appraisal"));
    council.context().close();

    Page admin = logIn(newPage(1366, 768, false), "admin");
    failing.addAll(visit(admin, "admin", "/admin/mailbox", "admin-mailbox"));
    admin.context().close();

    assertThat(failing).as("serious or critical axe violations").isEmpty();
  }
}
