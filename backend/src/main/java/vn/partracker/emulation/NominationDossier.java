package vn.partracker.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partracker.emulation.EmulationViews.Indicator;
import vn.partracker.emulation.EmulationViews.MovementView;
import vn.partracker.emulation.EmulationViews.NominationView;
import vn.partracker.emulation.EmulationViews.Row;
import vn.partracker.emulation.EmulationViews.TargetView;
import vn.partracker.criteria.Points;
import vn.partracker.shared.export.Align;
import vn.partracker.shared.export.Block;
import vn.partracker.shared.export.Heading;
import vn.partracker.shared.export.Paragraph;
import vn.partracker.shared.export.Report;
import vn.partracker.shared.export.TableBlock;

/**
 * The dossier of seed 004 section III.4 for one nominee: the proposal (tờ trình), the minutes of the
 * emulation and commendation council (to complete at the meeting) and the achievement report
 * following Mẫu số 07 of Nghị định 91/2017/NĐ-CP, its figures filled in from the scoreboard.
 */
final class NominationDossier {

  record Data(MovementView movement, NominationView nomination, Row row) {}

  private static final String BLANK = "…………………………………………………………";

  private NominationDossier() {}

  static Report report(Data data, LocalDate today) {
    MovementView m = data.movement();
    NominationView n = data.nomination();
    Row row = data.row();
    String head = row.headName() == null ? BLANK : row.headName();
    String date = "ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear();
    String movement = "phong trào thi đua \u201c" + m.name() + "\u201d năm " + m.year();
    List<Block> blocks = new ArrayList<>();

    blocks.addAll(nationalHeader(date));
    blocks.add(new Heading("TỜ TRÌNH"));
    blocks.add(new Paragraph("Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân người đứng đầu có thành tích"
        + " xuất sắc trong " + movement, Align.CENTER, true));
    blocks.add(Paragraph.of("Căn cứ Kế hoạch phát động " + movement + ";"));
    blocks.add(Paragraph.of("Căn cứ kết quả thực hiện các chỉ tiêu thi đua được theo dõi trên hệ thống Theo dõi Chỉ số CCHC;"));
    blocks.add(Paragraph.of("Đề nghị Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho ông/bà " + head + ", người đứng đầu "
        + row.unitName() + ", đã đạt " + row.met() + "/" + row.applicable() + " chỉ tiêu thi đua, xếp thứ " + row.rank()
        + " trong phong trào."));
    if (n.reason() != null) {
      blocks.add(Paragraph.of("Lý do đề nghị: " + n.reason()));
    }

    blocks.add(new Heading("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"));
    blocks.add(Paragraph.of("Thời gian: " + BLANK + "   Địa điểm: " + BLANK));
    blocks.add(Paragraph.of("Chủ trì: " + BLANK + "   Thư ký: " + BLANK));
    blocks.add(Paragraph.of("Thành phần tham dự: " + BLANK));
    blocks.add(Paragraph.of("Nội dung: xét đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho ông/bà " + head + ", người đứng đầu "
        + row.unitName() + ", trong " + movement + "."));
    blocks.add(new TableBlock(List.of("Tổng số thành viên", "Số thành viên dự họp", "Số phiếu đồng ý", "Tỷ lệ (%)"),
        List.of(Arrays.asList(null, null, null, null))));
    blocks.add(Paragraph.of("Kết luận: " + BLANK));

    blocks.addAll(nationalHeader(date));
    blocks.add(new Heading("BÁO CÁO THÀNH TÍCH"));
    blocks.add(new Paragraph("Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (Mẫu số 07, Nghị định số 91/2017/NĐ-CP)",
        Align.CENTER, true));
    blocks.add(new Paragraph("I. SƠ LƯỢC LÝ LỊCH", Align.LEFT, true));
    blocks.add(Paragraph.of("- Họ tên: " + head));
    blocks.add(Paragraph.of("- Sinh ngày, tháng, năm: " + BLANK + "   Giới tính: " + BLANK));
    blocks.add(Paragraph.of("- Quê quán: " + BLANK));
    blocks.add(Paragraph.of("- Trú quán: " + BLANK));
    blocks.add(Paragraph.of("- Đơn vị công tác: " + row.unitName()));
    blocks.add(Paragraph.of("- Chức vụ (Đảng, chính quyền, đoàn thể): Người đứng đầu " + row.unitName()));
    blocks.add(Paragraph.of("- Trình độ chuyên môn, nghiệp vụ: " + BLANK));
    blocks.add(Paragraph.of("- Học hàm, học vị, danh hiệu, giải thưởng: " + BLANK));
    blocks.add(new Paragraph("II. THÀNH TÍCH ĐẠT ĐƯỢC", Align.LEFT, true));
    blocks.add(Paragraph.of("1. Quyền hạn, nhiệm vụ được giao: người đứng đầu " + row.unitName()
        + ", chịu trách nhiệm lãnh đạo, chỉ đạo thực hiện nhiệm vụ cải cách hành chính của đơn vị."));
    blocks.add(Paragraph.of("2. Thành tích đạt được: trong năm " + m.year() + ", đơn vị đạt " + row.met() + "/"
        + row.applicable() + " chỉ tiêu thi đua của phong trào, xếp thứ " + row.rank() + ". Kết quả cụ thể:"));
    blocks.add(figures(m, row));
    blocks.add(new Paragraph("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", Align.LEFT, true));
    blocks.add(new TableBlock(List.of("Năm", "Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định",
        "Cơ quan ban hành quyết định"), List.of(Arrays.asList(null, null, null, null)), List.of(1, 3, 3, 3)));
    blocks.add(new TableBlock(List.of("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH"),
        List.of(List.of("(Ký, đóng dấu)", "(Ký, ghi rõ họ và tên)\n\n\n" + head))));
    return new Report("ho-so-khen-thuong-" + m.year() + "-" + n.id(), "Hồ sơ đề nghị khen thưởng: " + head + " - "
        + row.unitName(), false, blocks);
  }

  /** Target, threshold, result, met: the figures "cụ thể, có số liệu dẫn chứng" the plan asks for. */
  private static TableBlock figures(MovementView m, Row row) {
    Map<String, TargetView> targets = m.targets().stream().collect(Collectors.toMap(TargetView::code, Function.identity()));
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    for (Indicator indicator : row.indicators()) {
      TargetView t = targets.get(indicator.code());
      if (indicator.threshold() == null || t == null) {
        continue;
      }
      String comparator = t.comparator() == Target.Comparator.AT_LEAST ? "≥ " : "≤ ";
      String unit = t.kind() == Target.Kind.PERCENT ? "%" : "";
      rows.add(Arrays.asList(i++, t.title(), comparator + Points.format(indicator.threshold()) + unit, result(t, indicator),
          evidence(t, indicator),
          indicator.met() == null ? "Chưa có số liệu" : indicator.met() ? "Đạt" : "Không đạt"));
    }
    return new TableBlock(List.of("Stt", "Chỉ tiêu thi đua", "Chỉ tiêu", "Kết quả", "Số liệu dẫn chứng", "Đánh giá"),
        rows, List.of(1, 6, 2, 2, 5, 2));
  }

  private static String result(TargetView t, Indicator indicator) {
    if (indicator.value() == null) {
      return null;
    }
    return switch (t.kind()) {
      case PERCENT -> Points.format(indicator.value()) + "%";
      case COUNT -> Points.format(indicator.value());
      case YES_NO -> indicator.value().signum() > 0 ? "Có" : "Không";
    };
  }

  private static String evidence(TargetView t, Indicator indicator) {
    if (indicator.numerator() == null || t.kind() != Target.Kind.PERCENT) {
      return t.source() == Target.Source.COMPUTED ? t.basis() : null;
    }
    return t.numeratorLabel() + ": " + Points.format(indicator.numerator()) + "/" + Points.format(indicator.denominator())
        + (t.source() == Target.Source.COMPUTED ? " (từ dữ liệu nhiệm vụ trên hệ thống)" : " (đơn vị báo cáo, có minh chứng)");
  }

  private static List<Block> nationalHeader(String date) {
    return List.of(new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Align.CENTER, true),
        new Paragraph("Độc lập - Tự do - Hạnh phúc", Align.CENTER, true),
        new Paragraph("…………, " + date, Align.RIGHT, false));
  }

}
