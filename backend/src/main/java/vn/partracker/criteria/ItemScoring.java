package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one place the points of a rate or deduction item are computed from its figures (the
 * frontend's {@code item-scoring.ts} follows the same rule and is tested against the same cases).
 * Rates are compared exactly (numerator × 100 against bound × denominator), so 800 of 1,000 is 80 %
 * and falls in "từ 80% trở lên", never below it through rounding.
 */
public final class ItemScoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ItemScoring() {}

  /** The points of the band the rate numerator/denominator falls in; empty when no band covers it. */
  public static Optional<BigDecimal> rate(List<RateBand> bands, BigDecimal numerator, BigDecimal denominator) {
    if (bands == null || numerator == null || denominator == null || denominator.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal scaled = numerator.multiply(HUNDRED);
    return bands.stream()
        .sorted(Comparator.comparing(RateBand::lowerPercent).reversed()
            .thenComparing(RateBand::inclusive)) // at one bound, "trên" (exclusive) is the higher band
        .filter(b -> {
          int c = scaled.compareTo(b.lowerPercent().multiply(denominator));
          return b.inclusive() ? c >= 0 : c > 0;
        })
        .map(b -> Points.clean(b.points()))
        .findFirst();
  }

  /** Figures a unit or the council reports for a RATE or DEDUCTION item. */
  public record Figures(BigDecimal numerator, BigDecimal denominator, Integer events) {
    public boolean isEmpty() {
      return numerator == null && denominator == null && events == null;
    }
  }

  /** The most a figure may be (dossiers, budget units): twelve integer digits. */
  private static final BigDecimal MOST = new BigDecimal("999999999999");

  /**
   * The points the figures give for {@code leaf}, after checking them (errors by item code, in
   * Vietnamese). Empty with no error when the item is not scored from figures or none were given.
   */
  public static Optional<BigDecimal> points(CriteriaNodeView leaf, Figures figures, List<vn.partracker.shared.ApiErrorItem> errors) {
    String code = leaf.code();
    if (figures == null || figures.isEmpty()) {
      return Optional.empty();
    }
    if (leaf.answerType() == AnswerType.RATE) {
      BigDecimal n = figures.numerator();
      BigDecimal d = figures.denominator();
      if (n == null || d == null) {
        errors.add(vn.partracker.shared.ApiErrorItem.field(code, "criteria.rateNeedsBoth", code));
      } else if (d.signum() <= 0 || n.signum() < 0 || d.compareTo(MOST) > 0 || Points.clean(n).scale() > Points.SCALE
          || Points.clean(d).scale() > Points.SCALE) {
        errors.add(vn.partracker.shared.ApiErrorItem.field(code, "criteria.rateRange", code));
      } else if (n.compareTo(d) > 0) {
        errors.add(vn.partracker.shared.ApiErrorItem.field(code, "criteria.numeratorAboveDenominator", code, Points.format(n), Points.format(d)));
      } else {
        return rate(leaf.bands(), n, d);
      }
      return Optional.empty();
    }
    if (leaf.answerType() == AnswerType.DEDUCTION) {
      Integer events = figures.events();
      if (events == null || events < 0 || events > 100_000) {
        errors.add(vn.partracker.shared.ApiErrorItem.field(code, "criteria.deductionCount", code));
        return Optional.empty();
      }
      return Optional.of(deduction(leaf.maxPoints(), leaf.pointsPerEvent(), events));
    }
    errors.add(vn.partracker.shared.ApiErrorItem.field(code, "shared.itemScoredByPoints", code));
    return Optional.empty();
  }

  /** RATE and DEDUCTION items are scored from figures, never from typed points. */
  public static boolean fromFigures(CriteriaNodeView leaf) {
    return leaf.answerType() == AnswerType.RATE || leaf.answerType() == AnswerType.DEDUCTION;
  }

  /** max − events × per event, never below 0. */
  public static BigDecimal deduction(BigDecimal max, BigDecimal pointsPerEvent, long events) {
    BigDecimal left = max.subtract(pointsPerEvent.multiply(BigDecimal.valueOf(events)));
    return Points.clean(left.signum() < 0 ? BigDecimal.ZERO : left);
  }
}
