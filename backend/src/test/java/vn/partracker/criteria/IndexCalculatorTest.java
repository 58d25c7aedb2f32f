package vn.partracker.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.TableReader;

class IndexCalculatorTest {

  private final CriteriaSetView set = set("""
      Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn;Không áp dụng;Loại trả lời
      1;Lĩnh vực một;60;;
      1.1;Tiêu chí được miễn;20;x;
      1.2;Tiêu chí thường;40;;
      2;Lĩnh vực hai;40;;
      2.1;Có hay không;40;;Có/Không
      """);

  /**
   * A scored field of 100 with a bonus section capped at 5 (its items offer 3 + 4) and a penalty
   * section capped at 3 (its items take 2 + 2).
   */
  private static final String WITH_SECTIONS = """
      Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn;Phần điểm
      1;Lĩnh vực chấm điểm;100;
      1.1;Tiêu chí một;60;
      1.2;Tiêu chí hai;40;
      2;ĐIỂM THƯỞNG (tối đa 5 điểm);5;
      2.1;Sáng kiến được tỉnh công nhận;3;
      2.2;Mô hình mới được nhân rộng;4;
      3;Vi phạm kỷ luật hành chính;3;Điểm trừ
      3.1;Để xảy ra sai phạm;2;
      3.2;Chậm báo cáo;2;
      """;

  @Test
  void bonusAndPenaltyAreOutsideTheScoredTotalAndCappedByTheirSection() {
    CriteriaSetView capped = set(WITH_SECTIONS);
    assertThat(capped.totalMaxPoints()).isEqualByComparingTo("100");
    assertThat(capped.bonusMaxPoints()).isEqualByComparingTo("5");
    assertThat(capped.penaltyMaxPoints()).isEqualByComparingTo("3");
    assertThat(capped.nodes()).extracting(CriteriaNodeView::section).containsExactly(null, Section.BONUS, Section.PENALTY);
    assertThat(capped.nodes().get(1).sumMismatch()).as("a section's items may offer more than its cap").isFalse();

    // 90 + min(3 + 4, 5) − min(2, 3) = 93
    IndexCalculator.Score score = IndexCalculator.score(capped, answers(points("1.1", "55"), points("1.2", "35"),
        points("2.1", "3"), points("2.2", "4"), points("3.1", "2")));
    assertThat(score.achieved()).isEqualByComparingTo("90");
    assertThat(score.max()).isEqualByComparingTo("100");
    assertThat(score.bonus()).isEqualByComparingTo("5");
    assertThat(score.penalty()).isEqualByComparingTo("2");
    assertThat(score.index()).isEqualByComparingTo("93");
    assertThat(score.fields()).extracting(IndexCalculator.FieldScore::code).containsExactly("1");

    // penalty capped at 3: 90 − min(2 + 2, 3) = 87
    assertThat(IndexCalculator.score(capped, answers(points("1.1", "55"), points("1.2", "35"), points("3.1", "2"),
        points("3.2", "2"))).index()).isEqualByComparingTo("87");
  }

  @Test
  void theIndexStaysAt100UnlessTheSetLetsBonusPassIt() {
    Map<String, IndexCalculator.Answer> full = answers(points("1.1", "60"), points("1.2", "40"), points("2.1", "3"));
    assertThat(IndexCalculator.score(set(WITH_SECTIONS), full).index()).isEqualByComparingTo("100");
    assertThat(IndexCalculator.score(set(WITH_SECTIONS, false), full).index()).isEqualByComparingTo("103");
    // never below 0
    assertThat(IndexCalculator.score(set(WITH_SECTIONS), answers(points("1.1", "1"), points("3.1", "2"),
        points("3.2", "2"))).index()).isEqualByComparingTo("0");
  }

  private static CriteriaSetView set(String csv) {
    return set(csv, true);
  }

  private static CriteriaSetView set(String csv, boolean cappedAt100) {
    try {
      var parsed = CriteriaTable.parse(new TableReader().readCsv(csv.getBytes(StandardCharsets.UTF_8)));
      assertThat(parsed.errors()).isEmpty();
      List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
      return new CriteriaSetView(1L, "Thử", 2026, "COMMUNE", "PUBLISHED", CriteriaTree.total(tree),
          CriteriaTree.cap(tree, Section.BONUS), CriteriaTree.cap(tree, Section.PENALTY), cappedAt100,
          parsed.nodes().size(), null, null, Thresholds.DEFAULT, tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, IndexCalculator.Answer> answers(IndexCalculator.Answer... answers) {
    return java.util.Arrays.stream(answers).collect(java.util.stream.Collectors.toMap(IndexCalculator.Answer::code, a -> a));
  }

  private static IndexCalculator.Answer points(String code, String points) {
    return new IndexCalculator.Answer(code, new BigDecimal(points), false);
  }

  @Test
  void notApplicableLeavesAchievedAndMaxSoTheIndexIsRescaledTo100() {
    IndexCalculator.Score score = IndexCalculator.score(set, answers(
        new IndexCalculator.Answer("1.1", null, true), points("1.2", "36"), points("2.1", "40")));
    assertThat(score.max()).isEqualByComparingTo("80");
    assertThat(score.achieved()).isEqualByComparingTo("76");
    assertThat(score.index()).isEqualByComparingTo("95");
    assertThat(score.classification()).isEqualTo(Thresholds.Classification.EXCELLENT);
    assertThat(score.fields()).extracting(f -> f.code() + ":" + f.achieved() + "/" + f.max())
        .containsExactly("1:36/40", "2:40/40");
  }

  @Test
  void withoutNotApplicableTheSameAnswersScoreLower() {
    IndexCalculator.Score score = IndexCalculator.score(set, answers(points("1.2", "36"), points("2.1", "40")));
    assertThat(score.index()).isEqualByComparingTo("76");
    assertThat(score.classification()).isEqualTo(Thresholds.Classification.FAIR);
  }

  @Test
  void classificationFollowsTheThresholds() {
    Thresholds t = Thresholds.DEFAULT;
    assertThat(t.classify(new BigDecimal("90"))).isEqualTo(Thresholds.Classification.EXCELLENT);
    assertThat(t.classify(new BigDecimal("89.99"))).isEqualTo(Thresholds.Classification.GOOD);
    assertThat(t.classify(new BigDecimal("70"))).isEqualTo(Thresholds.Classification.FAIR);
    assertThat(t.classify(new BigDecimal("50"))).isEqualTo(Thresholds.Classification.AVERAGE);
    assertThat(t.classify(new BigDecimal("49.9"))).isEqualTo(Thresholds.Classification.WEAK);
  }

  @Test
  void invalidAnswersAreRefusedByItem() {
    assertThatThrownBy(() -> IndexCalculator.score(set, answers(
        new IndexCalculator.Answer("1.2", null, true), points("2.1", "20"), points("1.1", "25"), points("9.9", "1"))))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).errors()).extracting(i -> i.field())
            .containsExactlyInAnyOrder("1.2", "2.1", "1.1", "9.9"));
  }
}
