package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

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

  /** Without trailing zeros and never in scientific notation: 100, 13.5. */
  public static BigDecimal clean(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** "13,5": how a person reads points. */
  public static String format(BigDecimal value) {
    return clean(value).toPlainString().replace('.', ',');
  }
}
