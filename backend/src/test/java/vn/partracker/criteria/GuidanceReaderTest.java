package vn.partracker.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.TableReader;

/**
 * The band and deduction reader against phrasings as published: the issue's national-set example,
 * seed 001 ("Đạt từ 80% - dưới 100%: 0.5 điểm", "bị trừ 1 điểm", "bị trừ 0.5 điểm"), and the demo
 * set's guidance; and the irregular ones that must be flagged, never guessed.
 */
class GuidanceReaderTest {

  private static RateBand band(String lower, boolean inclusive, String points) {
    return new RateBand(new BigDecimal(lower), inclusive, new BigDecimal(points));
  }

  private static List<String> bands(GuidanceReader.Reading r) {
    return r.bands().stream().map(b -> Points.format(b.lowerPercent()) + (b.inclusive() ? "≤" : "<") + "→"
        + Points.format(b.points())).toList();
  }

  @Test
  void theIssuesExampleGivesThreeBandsWithInclusiveLowerBounds() {
    GuidanceReader.Reading r = GuidanceReader.read(
        "từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm");
    assertThat(r.type()).isEqualTo(AnswerType.RATE);
    assertThat(r.problem()).isNull();
    assertThat(bands(r)).containsExactly("80≤→1", "50≤→0,5", "0≤→0");
  }

  @Test
  void seed001sDashedRangeWithTheTopAndBottomBands() {
    GuidanceReader.Reading r = GuidanceReader.read(
        "Đạt 100%: 1 điểm; Đạt từ 80% - dưới 100%: 0.5 điểm; Dưới 80%: 0 điểm");
    assertThat(bands(r)).containsExactly("100≤→1", "80≤→0,5", "0≤→0");
  }

  @Test
  void bulletedLinesCapitalsAndDecimalCommas() {
    GuidanceReader.Reading r = GuidanceReader.read("""
        Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn:
        - Từ 98% trở lên: 2 điểm;
        - Từ 95% đến dưới 98%: 1 điểm;
        - Dưới 95%: 0 điểm.""");
    assertThat(bands(r)).containsExactly("98≤→2", "95≤→1", "0≤→0");
  }

  @Test
  void exclusiveBoundsAsWritten() {
    GuidanceReader.Reading r = GuidanceReader.read("Trên 90%: 1 điểm; từ 70% đến 90%: 0,5 điểm; dưới 70%: 0 điểm");
    assertThat(bands(r)).containsExactly("90<→1", "70≤→0,5", "0≤→0");
    GuidanceReader.Reading below = GuidanceReader.read("Trên 50%: 1 điểm; từ 50% trở xuống: 0 điểm");
    assertThat(bands(below)).containsExactly("50<→1", "0≤→0");
  }

  @Test
  void symbolsAndThi() {
    GuidanceReader.Reading r = GuidanceReader.read("Nếu tỷ lệ ≥ 80% thì 1 điểm; nếu tỷ lệ < 80% thì 0 điểm");
    assertThat(bands(r)).containsExactly("80≤→1", "0≤→0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Từ 95% trở lên: 2 điểm; từ 80% đến dưới 95%: 1 điểm", // demo 6.1.2: below 80 % unsaid
      "Từ 80% trở lên: 2 điểm", // demo 7.2.2: below 80 % unsaid
      "Từ 80% trở lên: 1 điểm; từ 50% đến dưới 70%: 0,5 điểm; dưới 50%: 0 điểm", // a gap 70–80 %
      "Từ 80% trở lên: 1 điểm; từ 50% đến 80%: 0,5 điểm; dưới 50%: 0 điểm", // 80 % in two bands
      "Hoàn thành 100% nhiệm vụ: 1 điểm; từ 80% đến dưới 100%: 0.5 điểm; dưới 80%: 0 điểm", // words after the rate
      "Điểm đạt được = tỷ lệ % x 1 điểm", // a formula
      "Đạt từ 80% - dưới 100%: 0.5 điểm. Mất 0.5 điểm", // seed 001's loss note, not a scale
      "Cứ giảm 10% so với năm trước thì 0,25 điểm"})
  void irregularRatePhrasingsAreQuestionsNotGuesses(String guidance) {
    GuidanceReader.Reading r = GuidanceReader.read(guidance);
    assertThat(r.regular()).isFalse();
    assertThat(r.problem().text()).isNotBlank();
  }

  @Test
  void deductionsAsSeed001WritesThem() {
    GuidanceReader.Reading r = GuidanceReader.read("Tuy nhiên, có phản ánh của người dân nên bị trừ 1 điểm");
    assertThat(r.type()).isEqualTo(AnswerType.DEDUCTION);
    assertThat(r.pointsPerEvent()).isEqualByComparingTo("1");
    assertThat(GuidanceReader.read("Chỉ công bố hoặc niêm yết công khai TTHC đúng, đủ kịp thời theo quy định tại "
        + "Bộ phận tiếp nhận và trả kết quả bị trừ 0.5 điểm").pointsPerEvent()).isEqualByComparingTo("0.5");
    assertThat(GuidanceReader.read("Mỗi văn bản chậm bị trừ 0,25 điểm; không ban hành bị trừ 1 điểm").problem().text())
        .contains("2 mức trừ điểm");
  }

  @Test
  void guidanceWithoutRatesOrDeductionsSaysNothing() {
    assertThat(GuidanceReader.read("Ban hành trước ngày 31/12 năm trước: 1 điểm; ban hành muộn: 0 điểm"))
        .isEqualTo(GuidanceReader.Reading.NONE);
    assertThat(GuidanceReader.read(null)).isEqualTo(GuidanceReader.Reading.NONE);
  }

  @Test
  void writtenBandsReadBackTheSame() {
    List<List<RateBand>> cases = List.of(
        List.of(band("80", true, "1"), band("50", true, "0.5"), band("0", true, "0")),
        List.of(band("90", false, "1"), band("70", true, "0.5"), band("0", true, "0")),
        List.of(band("50", false, "1"), band("0", true, "0")),
        List.of(band("95", true, "2"), band("80", false, "1"), band("0", true, "0")),
        List.of(band("0", true, "2")));
    for (List<RateBand> bands : cases) {
      String text = GuidanceReader.write(bands);
      assertThat(GuidanceReader.read(text).bands()).as(text).isEqualTo(bands);
    }
    assertThat(GuidanceReader.write(cases.get(0)))
        .isEqualTo("từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm");
  }

  @Test
  void rateItemsAreScoredExactlyAtTheirBounds() {
    List<RateBand> bands = List.of(band("80", true, "1"), band("50", true, "0.5"), band("0", true, "0"));
    assertThat(ItemScoring.rate(bands, bd("850"), bd("1000"))).contains(bd("1"));
    assertThat(ItemScoring.rate(bands, bd("800"), bd("1000"))).contains(bd("1")); // exactly 80 %
    assertThat(ItemScoring.rate(bands, bd("799"), bd("1000"))).contains(bd("0.5"));
    assertThat(ItemScoring.rate(bands, bd("2"), bd("3"))).contains(bd("0.5")); // 66,67 %
    assertThat(ItemScoring.rate(bands, bd("0"), bd("7"))).contains(bd("0"));
    assertThat(ItemScoring.rate(bands, bd("1"), bd("0"))).isEmpty();
    List<RateBand> above = List.of(band("80", false, "1"), band("0", true, "0"));
    assertThat(ItemScoring.rate(above, bd("800"), bd("1000"))).contains(bd("0")); // "trên 80%": 80 % is not above
    assertThat(ItemScoring.rate(above, bd("801"), bd("1000"))).contains(bd("1"));
  }

  @Test
  void deductionsStopAtZero() {
    assertThat(ItemScoring.deduction(bd("2"), bd("0.5"), 0)).isEqualByComparingTo("2");
    assertThat(ItemScoring.deduction(bd("2"), bd("0.5"), 3)).isEqualByComparingTo("0.5");
    assertThat(ItemScoring.deduction(bd("2"), bd("0.5"), 4)).isEqualByComparingTo("0");
    assertThat(ItemScoring.deduction(bd("2"), bd("0.5"), 9)).isEqualByComparingTo("0");
  }

  @Test
  void theOfficialTableReadsDeclaredAndDetectedTypesFlagsTheRestAndRoundTrips() throws Exception {
    String csv = """
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Hướng dẫn chấm điểm,Loại trả lời,Tử số,Mẫu số
        1,TTHC,6,,,,
        1.1,Tỷ lệ hồ sơ trực tuyến,1,"từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm",,Số hồ sơ trực tuyến,Tổng số hồ sơ
        1.2,Niêm yết TTHC,1,Có phản ánh của người dân bị trừ 1 điểm,,,
        1.3,Giải ngân,2,Từ 95% trở lên: 2 điểm; từ 80% đến dưới 95%: 1 điểm,,,
        1.4,Kiểm tra,1,Từ 30% trở lên: 1 điểm; dưới 30%: 0 điểm,Điểm,,
        1.5,Hồ sơ đúng hạn,1,Từ 95% trở lên: 2 điểm; dưới 95%: 0 điểm,,,
        """;
    CriteriaTable.Parsed parsed = CriteriaTable.parse(new TableReader().readCsv(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.nodes()).extracting(n -> n.content().code() + ":" + n.content().answerType())
        .containsExactly("1:POINTS", "1.1:RATE", "1.2:DEDUCTION", "1.3:POINTS", "1.4:POINTS", "1.5:POINTS");
    NodeContent rate = parsed.nodes().get(1).content();
    assertThat(rate.numeratorLabel()).isEqualTo("Số hồ sơ trực tuyến");
    assertThat(rate.denominatorLabel()).isEqualTo("Tổng số hồ sơ");
    assertThat(rate.bands()).hasSize(3);
    assertThat(parsed.nodes().get(2).content().pointsPerEvent()).isEqualByComparingTo("1");
    assertThat(parsed.warnings()).extracting(w -> w.row() + "|" + w.column()).containsExactly(
        "5|" + CriteriaTable.GUIDANCE, "7|" + CriteriaTable.GUIDANCE);
    assertThat(parsed.warnings().get(1).message()).contains("lớn hơn điểm chuẩn 1");

    List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
    CriteriaTable.Parsed again = CriteriaTable.parse(new TableReader().readCsv(CriteriaTable.toCsv(tree)));
    assertThat(again.errors()).isEmpty();
    assertThat(again.nodes()).extracting(ParsedContent::of).containsExactlyElementsOf(
        parsed.nodes().stream().map(ParsedContent::of).toList());
  }

  @Test
  void aDeclaredRateThatCannotBeReadIsAnErrorOnItsRow() throws Exception {
    String csv = """
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Hướng dẫn chấm điểm,Loại trả lời,Mức điểm theo tỷ lệ
        1,TTHC,2,,,
        1.1,Tỷ lệ,1,Theo tỷ lệ,Tỷ lệ,
        1.2,Tỷ lệ khác,1,,,từ 80% trở lên: 1 điểm
        """;
    CriteriaTable.Parsed parsed = CriteriaTable.parse(new TableReader().readCsv(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.errors()).extracting(ApiErrorItem::row).containsExactly(3, 4);
    assertThat(parsed.errors()).extracting(ApiErrorItem::column)
        .containsExactly(CriteriaTable.GUIDANCE, CriteriaTable.BANDS);
  }

  /** What survives a round trip (the guidance text is kept as written). */
  private record ParsedContent(String code, AnswerType type, List<RateBand> bands, BigDecimal perEvent,
      String numerator, String denominator) {
    static ParsedContent of(CriteriaTable.ParsedNode n) {
      NodeContent c = n.content();
      return new ParsedContent(c.code(), c.answerType(), c.bands(), c.pointsPerEvent(), c.numeratorLabel(),
          c.denominatorLabel());
    }
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
