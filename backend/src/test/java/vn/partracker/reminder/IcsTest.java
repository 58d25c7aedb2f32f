package vn.partracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** iCalendar output: escaping, folding, CRLF, all-day events (RFC 5545). */
class IcsTest {

  @Test
  void textValuesAreEscaped() {
    assertThat(Ics.text("Báo cáo; quý I, năm 2027\\ghi chú\nDòng 2\r\nDòng 3"))
        .isEqualTo("Báo cáo\\; quý I\\, năm 2027\\\\ghi chú\\nDòng 2\\nDòng 3");
  }

  @Test
  void aCalendarHasCrlfLinesFoldedAt75OctetsAndAllDayEvents() {
    String title = "Nộp hồ sơ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Thị trấn Phố Châu";
    String ics = Ics.calendar("PAR Tracker", List.of(
        new Ics.Event("ASSESSMENT_STEP-2026-self@partracker", LocalDate.of(2026, 11, 5), title, "Hạn: 05/11/2026", "http://x/a")),
        Instant.parse("2026-11-01T01:02:03Z"));
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("DTSTART;VALUE=DATE:20261105\r\n", "DTEND;VALUE=DATE:20261106\r\n",
        "UID:ASSESSMENT_STEP-2026-self@partracker\r\n", "DTSTAMP:20261101T010203Z\r\n");
    // unfolding (remove CRLF + space) gives back the escaped summary, no character split
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:" + Ics.text(title) + "\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
  }
}
