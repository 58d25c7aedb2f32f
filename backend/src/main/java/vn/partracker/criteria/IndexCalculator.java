package vn.partracker.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;

/**
 * The PAR index of one unit from its answers:
 * <pre>index = achieved / max × 100 + min(bonus, bonus cap) − min(penalty, penalty cap)</pre>
 * over the scored fields, then at least 0 and, when the set says so (the default), at most 100.
 * An item marked not applicable (where the set allows it) leaves both achieved and max, so the
 * scored part is rescaled to 100 over the applicable items (the rule of the Hà Nội and Hà Nam
 * sets). Unanswered items count 0. Bonus and penalty are the points of the items of the set's
 * bonus and penalty sections, each capped by its section's max.
 */
public final class IndexCalculator {

  /** The answer to one scored (leaf) item. */
  public record Answer(String code, @Nullable BigDecimal points, boolean notApplicable) {}

  public record FieldScore(String code, String title, BigDecimal achieved, BigDecimal max) {}

  /** {@code achieved} and {@code max} over the scored fields; bonus and penalty as counted (capped). */
  public record Score(BigDecimal achieved, BigDecimal max, BigDecimal bonus, BigDecimal penalty, BigDecimal index,
      Thresholds.Classification classification, List<FieldScore> fields) {}

  private IndexCalculator() {}

  public static Score score(CriteriaSetView set, Map<String, Answer> answers) {
    List<ApiErrorItem> errors = new ArrayList<>();
    CriteriaTree.walk(set.nodes(), node -> {
      Answer answer = answers.get(node.code());
      if (answer == null || !node.isLeaf()) {
        if (answer != null) {
          errors.add(ApiErrorItem.field(node.code(), "criteria.scoredThroughChildren", node.code()));
        }
        return;
      }
      if (answer.notApplicable() && !node.notApplicableAllowed()) {
        errors.add(ApiErrorItem.field(node.code(), "criteria.notApplicableNotAllowed", node.code()));
      } else if (!answer.notApplicable() && answer.points() != null) {
        BigDecimal p = answer.points();
        if (p.signum() < 0 || p.compareTo(node.maxPoints()) > 0) {
          errors.add(ApiErrorItem.field(node.code(), "criteria.itemScoreRange", node.code(), Points.format(node.maxPoints())));
        } else if (node.answerType() == AnswerType.YES_NO && p.signum() != 0 && p.compareTo(node.maxPoints()) != 0) {
          errors.add(ApiErrorItem.field(node.code(), "criteria.itemYesNo", node.code(), Points.format(node.maxPoints())));
        }
      }
    });
    answers.keySet().stream()
        .filter(code -> CriteriaTree.flatten(set.nodes()).stream().noneMatch(n -> n.code().equals(code)))
        .forEach(code -> errors.add(ApiErrorItem.field(code, "criteria.setHasNoItem", code)));
    if (!errors.isEmpty()) {
      throw ApiException.invalid("criteria.answersInvalid", errors);
    }

    List<FieldScore> fields = new ArrayList<>();
    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal penalty = BigDecimal.ZERO;
    for (CriteriaNodeView field : set.nodes()) {
      BigDecimal[] sum = sum(field, answers);
      if (field.section() == Section.BONUS) {
        bonus = bonus.add(sum[0].min(field.maxPoints()));
      } else if (field.section() == Section.PENALTY) {
        penalty = penalty.add(sum[0].min(field.maxPoints()));
      } else {
        fields.add(new FieldScore(field.code(), field.title(), Points.clean(sum[0]), Points.clean(sum[1])));
        achieved = achieved.add(sum[0]);
        max = max.add(sum[1]);
      }
    }
    BigDecimal scored = max.signum() == 0 ? BigDecimal.ZERO
        : achieved.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    BigDecimal index = scored.add(bonus).subtract(penalty).max(BigDecimal.ZERO);
    if (set.indexCappedAt100()) {
      index = index.min(BigDecimal.valueOf(100));
    }
    return new Score(Points.clean(achieved), Points.clean(max), Points.clean(bonus), Points.clean(penalty),
        Points.clean(index), set.thresholds().classify(index), fields);
  }

  /** {achieved, applicable max} of a subtree. */
  private static BigDecimal[] sum(CriteriaNodeView node, Map<String, Answer> answers) {
    if (node.isLeaf()) {
      Answer answer = answers.get(node.code());
      if (answer != null && answer.notApplicable()) {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
      }
      BigDecimal points = answer == null || answer.points() == null ? BigDecimal.ZERO : answer.points();
      return new BigDecimal[] {points, node.maxPoints()};
    }
    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (CriteriaNodeView child : node.children()) {
      BigDecimal[] s = sum(child, answers);
      achieved = achieved.add(s[0]);
      max = max.add(s[1]);
    }
    return new BigDecimal[] {achieved, max};
  }
}
