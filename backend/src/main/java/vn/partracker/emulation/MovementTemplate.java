package vn.partracker.emulation;

import static vn.partracker.emulation.Target.Comparator.AT_LEAST;
import static vn.partracker.emulation.Target.Comparator.AT_MOST;
import static vn.partracker.emulation.Target.Kind.COUNT;
import static vn.partracker.emulation.Target.Kind.PERCENT;
import static vn.partracker.emulation.Target.Kind.YES_NO;
import static vn.partracker.emulation.Target.Source.COMPUTED;
import static vn.partracker.emulation.Target.Source.ENTERED;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurable targets of the province's 2023 movement (seed 004, section II.4), per level:
 * DEPARTMENT = provincial agencies, DISTRICT = district people's committees, COMMUNE = communes.
 * A district running its own movement judges its offices (DISTRICT_OFFICE) like the province judges
 * its departments. Qualitative contents (one-stop staffing, organisation) are judged by the council.
 */
final class MovementTemplate {

  static final String DEPARTMENT = "DEPARTMENT";
  static final String DISTRICT = "DISTRICT";
  static final String DISTRICT_OFFICE = "DISTRICT_OFFICE";
  static final String COMMUNE = "COMMUNE";
  /** The levels the targets have thresholds for. */
  static final List<String> LEVELS = List.of(DEPARTMENT, DISTRICT, DISTRICT_OFFICE, COMMUNE);
  static final String NAME = "Nâng cao trách nhiệm người đứng đầu trong thực hiện các nhiệm vụ cải cách hành chính";
  static final int AWARD_LIMIT = 10;

  record TargetTemplate(String code, String group, String title, Target.Source source, Target.Kind kind,
      Target.Comparator comparator, String numeratorLabel, String denominatorLabel, String basis,
      Map<String, BigDecimal> thresholds) {}

  private static final String DIRECTION = "Công tác chỉ đạo, điều hành";

  static final List<TargetTemplate> TARGETS = List.of(
      new TargetTemplate("ORDERS_ON_TIME", DIRECTION, "Thực hiện mệnh lệnh hành chính cấp trên đúng hạn", COMPUTED,
          PERCENT, AT_LEAST, "Nhiệm vụ hoàn thành đúng hạn", "Nhiệm vụ đã đến hạn hoặc đã hoàn thành",
          "Nhiệm vụ khắc phục đơn vị chủ trì trong năm: báo cáo được chấp nhận và nộp không muộn hơn hạn, trên số nhiệm vụ"
              + " đã hoàn thành hoặc đã quá hạn.",
          all(95)),
      new TargetTemplate("COORDINATION_ON_TIME", DIRECTION, "Phối hợp kịp thời trong thực hiện nhiệm vụ (văn bản đúng hạn)",
          COMPUTED, PERCENT, AT_LEAST, "Lượt phối hợp đúng hạn", "Lượt phối hợp đã đến hạn hoặc đã thực hiện",
          "Nhiệm vụ đơn vị được giao phối hợp trong năm: ý kiến phối hợp gửi không muộn hơn hạn của nhiệm vụ, trên số"
              + " nhiệm vụ đã phối hợp hoặc đã quá hạn.",
          all(100)),
      new TargetTemplate("PAR_TARGETS_MET", DIRECTION, "Thực hiện hiệu quả các nội dung liên quan đến Chỉ số CCHC",
          COMPUTED, PERCENT, AT_LEAST, "Mục tiêu khắc phục đã hoàn thành", "Mục tiêu khắc phục đã đến hạn",
          "Tiêu chí đơn vị chủ trì khắc phục trong năm: mọi nhiệm vụ của tiêu chí được chấp nhận, trên số tiêu chí đã hoàn"
              + " thành hoặc có hạn cuối đã qua.",
          all(100)),
      new TargetTemplate("INITIATIVE", DIRECTION, "Có giải pháp, sáng kiến trong thực hiện nhiệm vụ CCHC", ENTERED,
          YES_NO, AT_LEAST, null, null, null, all(1)),
      new TargetTemplate("LEGAL_DOCS_ON_TIME", "Cải cách thể chế",
          "Văn bản quy phạm pháp luật bảo đảm thời gian, chất lượng", ENTERED, PERCENT, AT_LEAST,
          "Văn bản đúng thời gian, chất lượng", "Tổng số văn bản được giao", null, all(100)),
      new TargetTemplate("DOSSIERS_ON_TIME", "Cải cách TTHC và cơ chế Một cửa", "Giải quyết hồ sơ TTHC đúng hạn",
          ENTERED, PERCENT, AT_LEAST, "Hồ sơ giải quyết đúng hạn", "Tổng số hồ sơ đã giải quyết", null, all(99)),
      new TargetTemplate("PROCESSING_TIME_CUT", "Cải cách TTHC và cơ chế Một cửa",
          "Rút ngắn thời gian giải quyết TTHC so với quy định", ENTERED, PERCENT, AT_LEAST,
          "Số ngày được rút ngắn", "Tổng thời gian giải quyết theo quy định (ngày)", null, all(35)),
      new TargetTemplate("DISCIPLINED_STAFF", "Cải cách chế độ công vụ",
          "Công chức, viên chức thuộc quyền quản lý bị xử lý kỷ luật", ENTERED, COUNT, AT_MOST,
          "Số người bị xử lý kỷ luật", null, null, all(0)),
      new TargetTemplate("DISBURSEMENT", "Cải cách tài chính công", "Giải ngân vốn đầu tư công trong năm", ENTERED,
          PERCENT, AT_LEAST, "Vốn đã giải ngân (triệu đồng)", "Kế hoạch vốn được giao (triệu đồng)", null,
          levels(DEPARTMENT, 95, DISTRICT_OFFICE, 95, DISTRICT, 95)),
      new TargetTemplate("ONLINE_DOSSIERS", "Chính quyền điện tử, chính quyền số",
          "Giải quyết hồ sơ dịch vụ công trực tuyến", ENTERED, PERCENT, AT_LEAST, "Hồ sơ trực tuyến",
          "Tổng số hồ sơ TTHC", null, levels(DEPARTMENT, 90, DISTRICT_OFFICE, 90, DISTRICT, 80, COMMUNE, 80)));

  private MovementTemplate() {}

  private static Map<String, BigDecimal> all(int threshold) {
    return levels(DEPARTMENT, threshold, DISTRICT_OFFICE, threshold, DISTRICT, threshold, COMMUNE, threshold);
  }

  private static Map<String, BigDecimal> levels(Object... levelAndThreshold) {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    for (int i = 0; i < levelAndThreshold.length; i += 2) {
      result.put((String) levelAndThreshold[i], BigDecimal.valueOf((Integer) levelAndThreshold[i + 1]));
    }
    return result;
  }
}
