package vn.partracker.shared;

import java.math.BigDecimal;

/** The one way a decimal is written for people: no trailing zeros, never scientific, a comma: "13,5". */
public final class Decimals {

  private Decimals() {}

  /** Without trailing zeros and never in scientific notation: 100, 13.5. */
  public static BigDecimal clean(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** "13,5". */
  public static String format(BigDecimal value) {
    return clean(value).toPlainString().replace('.', ',');
  }
}
