package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.partracker.shared.Decimals;

/** Points as official tables write them: "13,5" and "4.5" in the same table; shown with a comma. */
public final class Points {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

  private Points() {}

  public static Optional<BigDecimal> parse(String text) {
    String value = text == null ? "" : text.strip();
    if (!NUMBER.matcher(value).matches()) {
      return Optional.empty();
    }
    return Optional.of(clean(new BigDecimal(value.replace(',', '.'))));
  }

  /** Without trailing zeros and never in scientific notation: 100, 13.5 (see {@link Decimals}). */
  public static BigDecimal clean(BigDecimal value) {
    return Decimals.clean(value);
  }

  /** "13,5": how a person reads points (see {@link Decimals}). */
  public static String format(BigDecimal value) {
    return Decimals.format(value);
  }
}
