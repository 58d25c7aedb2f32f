package vn.partracker.criteria;

import java.math.BigDecimal;

/**
 * Classification thresholds of a set (index ≥ excellent: Xuất sắc, ≥ good: Tốt, ≥ fair: Khá,
 * ≥ average: Trung bình, else Yếu).
 */
public record Thresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {

  public static final Thresholds DEFAULT =
      new Thresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50"));

  public enum Classification {
    EXCELLENT("Xuất sắc"), GOOD("Tốt"), FAIR("Khá"), AVERAGE("Trung bình"), WEAK("Yếu");

    private final String label;

    Classification(String label) {
      this.label = label;
    }

    /** The Vietnamese name official tables print. */
    public String label() {
      return label;
    }
  }

  public Classification classify(BigDecimal index) {
    if (index.compareTo(excellent) >= 0) {
      return Classification.EXCELLENT;
    }
    if (index.compareTo(good) >= 0) {
      return Classification.GOOD;
    }
    if (index.compareTo(fair) >= 0) {
      return Classification.FAIR;
    }
    return index.compareTo(average) >= 0 ? Classification.AVERAGE : Classification.WEAK;
  }

  /** Thresholds must fall from excellent to average, each between 0 and 100. */
  boolean isOrdered() {
    BigDecimal hundred = new BigDecimal("100");
    return excellent.compareTo(hundred) <= 0
        && excellent.compareTo(good) > 0
        && good.compareTo(fair) > 0
        && fair.compareTo(average) > 0
        && average.signum() >= 0;
  }
}
