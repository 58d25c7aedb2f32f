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

  private static CriteriaSetView set(String csv) {
    try {
      var parsed = CriteriaTable.parse(new TableReader().readCsv(csv.getBytes(StandardCharsets.UTF_8)));
      List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
      return new CriteriaSetView(1L, "Thử", 2026, "COMMUNE", "PUBLISHED", CriteriaTree.total(tree),
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
