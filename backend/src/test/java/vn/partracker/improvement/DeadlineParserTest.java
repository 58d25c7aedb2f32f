package vn.partracker.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineParserTest {

  private static final LocalDate JAN_1 = LocalDate.of(2017, 1, 1);

  @Test
  void aDate() {
    Deadline d = DeadlineParser.parse("Trước ngày 01/12/2017", 2017);
    assertThat(d).isEqualTo(new Deadline.OnDate(LocalDate.of(2017, 12, 1), "Trước ngày 01/12/2017"));
    assertThat(DeadlineParser.parse("Trước 15/11", 2026)).isEqualTo(
        new Deadline.OnDate(LocalDate.of(2026, 11, 15), "Trước 15/11"));
    assertThat(d.occurrences(2017, LocalDate.of(2017, 9, 1))).singleElement()
        .satisfies(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2017, 12, 1)));
  }

  @Test
  void theQuarterlyAndYearlyReportsOfSeed001() {
    String text = "Báo cáo quý trước ngày 10 của tháng cuối quý; báo cáo năm trước 15/11.";
    Deadline d = DeadlineParser.parse(text, 2017);
    assertThat(d.kind()).isEqualTo(Deadline.Kind.RECURRING);
    assertThat(d).isEqualTo(new Deadline.Recurring(
        List.of(new Deadline.Quarterly(10, 3), new Deadline.Yearly(15, 11)), text));
    assertThat(d.occurrences(2017, JAN_1)).extracting(Deadline.Occurrence::dueOn).containsExactly(
        LocalDate.of(2017, 3, 10), LocalDate.of(2017, 6, 10), LocalDate.of(2017, 9, 10),
        LocalDate.of(2017, 11, 15), LocalDate.of(2017, 12, 10));
    assertThat(d.occurrences(2017, JAN_1).get(1).opensOn()).isEqualTo(LocalDate.of(2017, 4, 1));
    assertThat(d.occurrences(2017, LocalDate.of(2017, 8, 28))).extracting(Deadline.Occurrence::label)
        .containsExactly("Quý III/2017", "Năm 2017", "Quý IV/2017");
  }

  @Test
  void periods() {
    Deadline q2 = DeadlineParser.parse("Quý II năm 2017", 2017);
    assertThat(q2).isEqualTo(new Deadline.InPeriod(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 6, 30),
        "Quý II/2017", "Quý II năm 2017"));
    Deadline beforeJanuary = DeadlineParser.parse("Trước tháng 01", 2017);
    assertThat(beforeJanuary.kind()).isEqualTo(Deadline.Kind.PERIOD);
    assertThat(((Deadline.InPeriod) beforeJanuary).end()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(((Deadline.InPeriod) DeadlineParser.parse("Tháng 12/2017", 2017)).end())
        .isEqualTo(LocalDate.of(2017, 12, 31));
  }

  @Test
  void ongoingNoneAndUnparsed() {
    Deadline ongoing = DeadlineParser.parse("Thường xuyên", 2017);
    assertThat(ongoing.kind()).isEqualTo(Deadline.Kind.ONGOING);
    assertThat(ongoing.occurrences(2017, LocalDate.of(2017, 10, 15))).extracting(Deadline.Occurrence::dueOn)
        .containsExactly(LocalDate.of(2017, 10, 31), LocalDate.of(2017, 11, 30), LocalDate.of(2017, 12, 31));
    assertThat(DeadlineParser.parse("  ", 2017).kind()).isEqualTo(Deadline.Kind.NONE);
    assertThat(DeadlineParser.parse(null, 2017).occurrences(2017, JAN_1)).singleElement()
        .satisfies(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2017, 12, 31)));
    Deadline unknown = DeadlineParser.parse("Khi có hướng dẫn của tỉnh", 2017);
    assertThat(unknown).isEqualTo(new Deadline.Unparsed("Khi có hướng dẫn của tỉnh"));
    assertThat(DeadlineParser.parse("Trước ngày 31/02/2017", 2017).kind()).isEqualTo(Deadline.Kind.UNPARSED);
    assertThat(DeadlineParser.parse("Báo cáo quý trước ngày 40", 2017).kind()).isEqualTo(Deadline.Kind.UNPARSED);
  }
}
