package vn.partracker.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.DemoOrganisation;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.DemoMode;

/**
 * The district's own movement of the current year for the heads of its offices and communes, with
 * figures entered for the past quarters (one corrected, so history shows) and one nomination.
 */
@Component
@Order(40)
class EmulationDemoData implements ApplicationRunner {

  private final DemoMode demoMode;
  private final DemoOrganisation organisation;
  private final MovementService movementService;
  private final MovementRepository movements;
  private final EntryRepository entries;
  private final NominationRepository nominations;
  private final UnitService units;
  private final Clock clock;

  EmulationDemoData(DemoMode demoMode, DemoOrganisation organisation, MovementService movementService, MovementRepository movements,
      EntryRepository entries, NominationRepository nominations, UnitService units, Clock clock) {
    this.demoMode = demoMode;
    this.organisation = organisation;
    this.movementService = movementService;
    this.movements = movements;
    this.entries = entries;
    this.nominations = nominations;
    this.units = units;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || movements.count() > 0) {
      return;
    }
    int year = LocalDate.now(clock).getYear();
    Movement m = movementService.launch(year, MovementTemplate.NAME, List.of(organisation.officeLevel(), "COMMUNE"),
        MovementTemplate.AWARD_LIMIT, "noivu");
    Map<String, Long> ids = units.all().stream().collect(Collectors.toMap(UnitView::name, UnitView::id, (a, b) -> a));
    Long tuPhap = ids.get(organisation.office("Phòng Tư pháp"));
    Long vanPhong = ids.get(organisation.office("Văn phòng HĐND và UBND"));
    Long commune = units.all().stream().filter(u -> u.level().equals("COMMUNE")).map(UnitView::id).findFirst().orElseThrow();
    for (String q : List.of("Q1", "Q2", "Q3")) {
      enter(m, tuPhap, "DOSSIERS_ON_TIME", q, 412, 415, "tuphap");
      enter(m, vanPhong, "DOSSIERS_ON_TIME", q, 300, 300, "vanphong");
      enter(m, commune, "DOSSIERS_ON_TIME", q, 980, 1000, "xa01");
      enter(m, commune, "ONLINE_DOSSIERS", q, 850, 1000, "xa01");
      enter(m, vanPhong, "ONLINE_DOSSIERS", q, 280, 300, "vanphong");
    }
    // Q3 of the commune was first entered wrongly and corrected: the first version stays as history
    entries.findByMovementIdAndCurrentTrue(m.getId()).stream()
        .filter(e -> e.getUnitId().equals(commune) && e.getTargetCode().equals("DOSSIERS_ON_TIME")
            && e.getPeriod().equals("Q3"))
        .forEach(Entry::replaced);
    enter(m, commune, "DOSSIERS_ON_TIME", "Q3", 995, 1000, "xa01");
    enter(m, vanPhong, "INITIATIVE", "Q2", 1, null, "vanphong");
    enter(m, vanPhong, "DISCIPLINED_STAFF", "Q3", 0, null, "vanphong");
    enter(m, tuPhap, "DISCIPLINED_STAFF", "Q3", 1, null, "tuphap");
    enter(m, vanPhong, "PROCESSING_TIME_CUT", "Q3", 38, 100, "vanphong");
    nominations.save(new Nomination(m.getId(), vanPhong, "Dẫn đầu các chỉ tiêu giải quyết hồ sơ và có sáng kiến số hóa"
        + " hồ sơ một cửa", "noivu", clock.instant()));
  }

  private void enter(Movement m, Long unitId, String code, String period, int numerator, Integer denominator,
      String by) {
    entries.save(new Entry(m.getId(), unitId, code, period, BigDecimal.valueOf(numerator),
        denominator == null ? null : BigDecimal.valueOf(denominator), null, by, clock.instant()));
  }
}
