package vn.partracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.TimeConfig;
import vn.partracker.shared.export.Align;
import vn.partracker.shared.export.ExportFormat;
import vn.partracker.shared.export.Paragraph;
import vn.partracker.shared.export.Report;
import vn.partracker.shared.export.Reports;
import vn.partracker.shared.export.TableBlock;

/** The coordinator dashboard's task status by unit as an official table: xlsx, docx or pdf. */
@RestController
class DashboardExportController {

  private final DashboardService dashboards;
  private final Clock clock;

  DashboardExportController(DashboardService dashboards, Clock clock) {
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping("/api/dashboard/coordinator/export")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LEADER','COUNCIL')")
  ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "xlsx") String format, @ParameterObject DashboardFilter filter) {
    ExportFormat parsed = ExportFormat.parse(format);
    LocalDate today = LocalDate.now(clock);
    DashboardService.Coordinator status =
        dashboards.coordinator(year == null ? today.getYear() : year, filter, UnitScope.currentUser());
    String narrowed = status.narrowedBy();
    List<List<Object>> rows = status.units().stream().map(u -> Arrays.<Object>asList(u.unitName(), u.open(),
        u.dueSoon(), u.overdue(), u.doneOnTime(), u.doneLate(), u.onTimeRate(), u.nextDueDate(), (long) u.rank()))
        .toList();
    TableBlock table = new TableBlock(List.of("Đơn vị", "Đang thực hiện", "Đến hạn trong 7 ngày", "Quá hạn",
        "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Tỷ lệ đúng hạn (%)", "Hạn gần nhất", "Xếp hạng"), rows,
        List.of(36, 12, 12, 10, 12, 12, 12, 14, 10));
    Paragraph summary = new Paragraph((narrowed.isEmpty() ? "" : narrowed + ". ") + "Tính đến ngày "
        + today.format(TimeConfig.DATE) + ": " + status.open() + " nhiệm vụ đang thực hiện, " + status.overdue()
        + " quá hạn, " + status.doneOnTime() + " hoàn thành đúng hạn, " + status.doneLate() + " hoàn thành trễ hạn",
        Align.CENTER, false);
    return Reports.download(new Report("tinh-hinh-nhiem-vu-" + status.year(),
        "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM " + status.year() + " THEO ĐƠN VỊ", true,
        List.of(summary, table)), parsed);
  }
}
