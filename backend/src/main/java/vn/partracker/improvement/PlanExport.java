package vn.partracker.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.partracker.criteria.Points;
import vn.partracker.shared.export.Align;
import vn.partracker.shared.export.Block;
import vn.partracker.shared.export.Paragraph;
import vn.partracker.shared.export.Report;
import vn.partracker.shared.export.TableBlock;

/**
 * A plan as the official appendix table of DOMAIN.md and seed 001, with Vietnamese headers, for
 * signing and filing: landscape, points as numbers in xlsx.
 */
final class PlanExport {

  private static final List<Integer> WIDTHS = List.of(8, 50, 10, 12, 12, 40, 24, 36, 24, 30, 24);

  private PlanExport() {}

  static Report report(PlanView plan) {
    List<Block> blocks = new ArrayList<>();
    if (plan.baseline() != null) {
      blocks.add(new Paragraph("Kết quả năm " + (plan.year() - 1) + ": " + Points.format(plan.baseline().totalAchieved())
          + "/" + Points.format(plan.baseline().totalMax()) + " điểm, chỉ số "
          + Points.format(plan.baseline().index()), Align.CENTER, false));
    }
    blocks.add(new TableBlock(headers(plan), plan.items().stream().map(PlanExport::cells).toList(), WIDTHS));
    return new Report("ke-hoach-" + plan.year() + "-" + plan.id(),
        "PHỤ LỤC: " + plan.name().toUpperCase(Locale.forLanguageTag("vi")), true, blocks);
  }

  static List<String> headers(PlanView plan) {
    return List.of("Stt", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn", "Điểm " + (plan.year() - 1) + " đạt được",
        "Mục tiêu năm " + plan.year(), "Nhiệm vụ/Giải pháp", "Đơn vị chủ trì", "Cơ quan phối hợp", "Kết quả", "Yêu cầu",
        "Thời gian hoàn thành");
  }

  /** The lead cell as published ("UBND các xã", not every commune's name), else the units' names. */
  static String leadCell(PlanView.Item item) {
    return item.leadText() != null ? item.leadText() : String.join("; ", item.leadUnits());
  }

  static List<Object> cells(PlanView.Item item) {
    List<String> supporting = new ArrayList<>(item.supportingUnits());
    if (item.unitNote() != null) {
      supporting.add(item.unitNote());
    }
    return Arrays.asList(item.code(), item.title(), item.max(), item.achieved(), item.target(), item.tasks(),
        leadCell(item), String.join("; ", supporting), item.expectedOutput(), item.requirement(),
        item.deadline().text());
  }
}
