package vn.partracker.improvement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.DemoOrganisation;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.DemoMode;
import vn.partracker.shared.Table;
import vn.partracker.shared.TableReader;
import vn.partracker.shared.TimeConfig;

/**
 * The demo improvement plan of Hương Sơn for the current year, in the appendix layout of
 * DOMAIN.md: imported through the same importer users use, approved by the chairman and
 * activated (at once, in this transaction), so the inboxes have work due soon, overdue and ongoing. Deadlines are written
 * relative to today ({+6} is six days from now) so the demo looks alive on any day.
 */
@Component
@Order(20)
class ImprovementDemoData implements ApplicationRunner {

  static final String RESOURCE = "improvement/ke-hoach-mau.csv";
  private static final Pattern RELATIVE = Pattern.compile("\\{([+-]\\d+)}");

  private final DemoMode demoMode;
  private final DemoOrganisation organisation;
  private final ImprovementPlanRepository plans;
  private final PlanImport planImport;
  private final PlanLifecycle lifecycle;
  private final UnitService units;
  private final TableReader reader;
  private final Clock clock;

  ImprovementDemoData(DemoMode demoMode, DemoOrganisation organisation, ImprovementPlanRepository plans, PlanImport planImport,
      PlanLifecycle lifecycle, UnitService units,
      TableReader reader, Clock clock) {
    this.reader = reader;
    this.demoMode = demoMode;
    this.organisation = organisation;
    this.plans = plans;
    this.planImport = planImport;
    this.lifecycle = lifecycle;
    this.units = units;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || plans.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    String csv;
    try {
      csv = new ClassPathResource(organisation.planResource()).getContentAsString(StandardCharsets.UTF_8)
          .replace("{YEAR}", String.valueOf(today.getYear()))
          .replace("{PREV}", String.valueOf(today.getYear() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = RELATIVE.matcher(csv);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      LocalDate date = today.plusDays(Integer.parseInt(m.group(1)));
      // a relative date that falls in next year stays within the plan year
      m.appendReplacement(filled, TimeConfig.DATE.format(
          date.getYear() > today.getYear() ? LocalDate.of(today.getYear(), 12, 31) : date));
    }
    m.appendTail(filled);
    UnitView owner = units.all().stream().filter(u -> u.level().equals(organisation.ownerLevel())).findFirst()
        .orElseThrow();
    PlanView plan = planImport.importPlan(readCsv(filled.toString()), today.getYear(), owner.id(),
        "Kế hoạch nâng cao Chỉ số CCHC năm " + today.getYear() + " của " + owner.name().replaceFirst("^UBND ", ""));
    lifecycle.approve(plan.id(), "chutich");
    lifecycle.activateNow(plan.id()); // the worker's chunks, in this transaction: the demo comes up ACTIVE
  }

  private Table readCsv(String csv) {
    try {
      return reader.readCsv(csv.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
