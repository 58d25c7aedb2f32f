package vn.partracker.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.DemoOrganisation;
import vn.partracker.org.UnitDirectory;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.DemoMode;
import vn.partracker.shared.TableReader;

/**
 * The demo criteria set (district level, 8 fields, 100 points, written from seeds 000/001 and
 * DOMAIN.md), imported through the same table reader users use, published, with seed 000's
 * responsibility matrix. Demo mode only, once.
 */
@Component
@Order(10)
class CriteriaDemoData implements ApplicationRunner {

  static final String RESOURCE = "criteria/bo-tieu-chi-cap-huyen-mau.csv";
  static final String NAME = "Bộ tiêu chí xác định Chỉ số CCHC cấp huyện năm 2026 (mẫu)";

  private static final List<String> OFFICES = List.of("Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND",
      "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao",
      "Phòng Kinh tế - Hạ tầng");
  /** Seed 000: the lead unit of each group of criteria; the other offices and the communes support. */
  private static final Map<String, String> LEADS = Map.of(
      "1", "Phòng Nội vụ", "2", "Phòng Tư pháp", "3", "Văn phòng HĐND và UBND", "4", "Phòng Nội vụ",
      "5", "Phòng Nội vụ", "6", "Phòng Tài chính - Kế hoạch", "7", "Văn phòng HĐND và UBND", "8", "Phòng Nội vụ",
      "8.2", "Phòng Tài chính - Kế hoạch", "8.3", "Phòng Tài chính - Kế hoạch");

  private final DemoMode demoMode;
  private final DemoOrganisation organisation;
  private final CriteriaSetRepository sets;
  private final CriteriaService criteria;
  private final ResponsibilityService responsibilities;
  private final UnitService units;
  private final TableReader reader;

  CriteriaDemoData(DemoMode demoMode, DemoOrganisation organisation, CriteriaSetRepository sets,
      CriteriaService criteria, ResponsibilityService responsibilities, UnitService units, TableReader reader) {
    this.demoMode = demoMode;
    this.organisation = organisation;
    this.sets = sets;
    this.criteria = criteria;
    this.responsibilities = responsibilities;
    this.units = units;
    this.reader = reader;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || sets.count() > 0) {
      return;
    }
    CriteriaTable.Parsed parsed;
    try {
      parsed = CriteriaTable.parse(reader.readCsv(new ClassPathResource(RESOURCE).getContentAsByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!parsed.errors().isEmpty()) {
      throw new IllegalStateException("Demo criteria table is invalid: " + parsed.errors());
    }
    CriteriaSetView set = criteria.createWithNodes(
        new CriteriaRequests.SetRequest(NAME, 2026, organisation.ownerLevel(), null),
        parsed.nodes().stream().map(CriteriaTable.ParsedNode::content).toList());
    criteria.publish(set.id());

    List<UnitView> all = units.all();
    UnitDirectory directory = new UnitDirectory(all);
    List<Long> communes = all.stream().filter(u -> u.level().equals("COMMUNE")).map(UnitView::id).toList();
    for (ResponsibilityService.Row row : responsibilities.matrix(set.id()).rows()) {
      // the seeds' offices, or the departments doing their work in a two-tier province
      String lead = LEADS.get(row.code()) == null ? null : organisation.office(LEADS.get(row.code()));
      if (lead == null) {
        continue;
      }
      Long leadId = directory.find(lead).get(0).id();
      List<Long> supporting = new java.util.ArrayList<>();
      if (row.depth() == 1) {
        OFFICES.stream().map(organisation::office).filter(o -> !o.equals(lead))
            .forEach(o -> supporting.add(directory.find(o).get(0).id()));
      }
      supporting.addAll(communes);
      responsibilities.assign(set.id(), row.nodeId(), new ResponsibilityService.AssignRequest(leadId, supporting,
          row.depth() == 1 ? "Theo Kế hoạch số 60/KH-UBND (phân công nhóm tiêu chí " + row.code() + ")" : null));
    }
  }
}
