package vn.partracker.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.support.DemoRunTest;

/** The demo run carries a published district set of 8 fields and 100 points, and seed 000's matrix. */
@DemoRunTest
class CriteriaDemoIT {

  @Autowired CriteriaService criteria;
  @Autowired ResponsibilityService responsibilities;
  @Autowired UnitService units;

  @Test
  void theDemoSetAndSeed000Matrix() {
    CriteriaSetView.Summary summary = criteria.list(true).stream()
        .filter(s -> s.name().equals(CriteriaDemoData.NAME)).findFirst().orElseThrow();
    CriteriaSetView set = criteria.get(summary.id(), false);
    assertThat(set.status()).isEqualTo("PUBLISHED");
    assertThat(set.nodes()).hasSize(10);
    assertThat(set.totalMaxPoints()).isEqualByComparingTo("100");
    // every kind of item: points, yes/no, rate, deduction, and the bonus and penalty sections outside the 100
    assertThat(set.nodes()).extracting(CriteriaNodeView::section).containsOnlyOnce(Section.BONUS, Section.PENALTY);
    assertThat(set.bonusMaxPoints()).isEqualByComparingTo("3");
    assertThat(set.penaltyMaxPoints()).isEqualByComparingTo("5");
    assertThat(set.indexCappedAt100()).isTrue();
    assertThat(CriteriaTree.flatten(set.nodes())).noneMatch(CriteriaNodeView::sumMismatch);
    Map<String, CriteriaNodeView> byCode = CriteriaTree.flatten(set.nodes()).stream()
        .collect(Collectors.toMap(CriteriaNodeView::code, n -> n));
    assertThat(byCode.get("1.1.1").answerType()).isEqualTo(AnswerType.YES_NO);
    assertThat(byCode.get("1.1.2").answerType()).isEqualTo(AnswerType.POINTS);
    assertThat(byCode.get("3.3.1").answerType()).isEqualTo(AnswerType.RATE);
    assertThat(byCode.get("3.3.1").bands()).extracting(RateBand::points).extracting(p -> Points.format(p))
        .containsExactly("1", "0,5", "0");
    assertThat(byCode.get("3.3.1").numeratorLabel()).isEqualTo("Số hồ sơ được tiếp nhận và giải quyết trực tuyến");
    assertThat(byCode.get("3.2.1").answerType()).isEqualTo(AnswerType.DEDUCTION);
    assertThat(byCode.get("3.2.1").pointsPerEvent()).isEqualByComparingTo("0.25");
    assertThat(byCode.values()).anyMatch(CriteriaNodeView::notApplicableAllowed);

    Map<Long, String> names = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    Map<String, String> leads = responsibilities.matrix(set.id()).rows().stream()
        .filter(r -> r.leadUnitId() != null) // the matrix names no lead for the bonus and penalty sections
        .collect(Collectors.toMap(ResponsibilityService.Row::code, r -> names.get(r.leadUnitId())));
    assertThat(leads).containsEntry("1", "Phòng Nội vụ").containsEntry("2", "Phòng Tư pháp")
        .containsEntry("3", "Văn phòng HĐND và UBND").containsEntry("6", "Phòng Tài chính - Kế hoạch")
        .containsEntry("7", "Văn phòng HĐND và UBND").containsEntry("8.2", "Phòng Tài chính - Kế hoạch")
        .containsEntry("3.3", "Văn phòng HĐND và UBND");
    ResponsibilityService.Assignment subCriterion = responsibilities.effective(set.id(), "2.1.1").orElseThrow();
    assertThat(names.get(subCriterion.leadUnitId())).isEqualTo("Phòng Tư pháp");
    assertThat(subCriterion.supportingUnitIds().stream().map(names::get))
        .contains("Phòng Nội vụ", "Xã Sơn Hồng").doesNotContain("Phòng Tư pháp");
  }
}
