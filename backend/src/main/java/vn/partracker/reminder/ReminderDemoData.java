package vn.partracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.DemoMode;

/**
 * Demo deadlines (demo mode only, once): the 2026 assessment steps of seed 002 (council by
 * 30/10, self-assessment by 05/11, results by 20/11) and a few improvement tasks due soon after
 * today, then a sweep, so the test mailbox and the bell show real reminders right after start-up.
 */
@Component
@Order(20)
class ReminderDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReminderDemoData.class);

  private final DemoMode demoMode;
  private final Deadlines deadlines;
  private final ReminderService reminders;
  private final UnitService units;
  private final Clock clock;

  ReminderDemoData(DemoMode demoMode, Deadlines deadlines, ReminderService reminders, UnitService units, Clock clock) {
    this.demoMode = demoMode;
    this.deadlines = deadlines;
    this.reminders = reminders;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demoMode.isOn() || deadlines.count() > 0) {
      return;
    }
    Map<String, Long> byName = units.all().stream().collect(Collectors.toMap(UnitView::name, UnitView::id, (a, b) -> a));
    Long noiVu = byName.get("Phòng Nội vụ");
    Long tuPhap = byName.get("Phòng Tư pháp");
    Long vanPhong = byName.get("Văn phòng HĐND và UBND");
    Long phoChau = byName.get("Thị trấn Phố Châu");
    if (noiVu == null || tuPhap == null || vanPhong == null || phoChau == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    track("ASSESSMENT_STEP", "2026-council", "Thành lập Hội đồng thẩm định Chỉ số CCHC năm 2026", noiVu,
        LocalDate.of(2026, 10, 30));
    for (Map.Entry<String, Long> unit : Map.of("tuphap", tuPhap, "vanphong", vanPhong, "phochau", phoChau).entrySet()) {
      track("ASSESSMENT_STEP", "2026-self-" + unit.getKey(), "Nộp hồ sơ tự đánh giá, chấm điểm Chỉ số CCHC năm 2026",
          unit.getValue(), LocalDate.of(2026, 11, 5));
    }
    track("ASSESSMENT_STEP", "2026-results", "Thẩm định và công bố kết quả Chỉ số CCHC năm 2026", noiVu,
        LocalDate.of(2026, 11, 20));
    track("IMPROVEMENT_TASK", "demo-1", "Rà soát, công bố thủ tục hành chính cấp xã", phoChau, today.plusDays(1));
    track("IMPROVEMENT_TASK", "demo-2", "Báo cáo kết quả kiểm tra công tác văn bản quy phạm pháp luật", tuPhap,
        today.plusDays(3));
    track("IMPROVEMENT_TASK", "demo-3", "Cập nhật Kế hoạch cải thiện Chỉ số CCHC, nâng cao Chỉ số hài lòng (SIPAS)",
        vanPhong, today.plusDays(7));
    track("IMPROVEMENT_TASK", "demo-4", "Báo cáo CCHC quý I năm " + (today.getYear() + 1), noiVu, today.plusDays(40));
    ReminderService.RunResult result = reminders.runNow();
    log.info("Demo reminders: {} deadlines, {} mails sent to the test mailbox", deadlines.count(), result.sent());
  }

  private void track(String type, String id, String title, long unitId, LocalDate due) {
    reminders.track(new Deadline(type, id, title, unitId, due, "/", null));
  }
}
