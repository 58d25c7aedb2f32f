package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.partracker.shared.Decimals;

/**
 * Points as official tables write them: "13,5" and "4.5" in the same table, up to three decimals
 * ("13,567", "3.961": survey-derived items always have them); shown with a comma. Points never
 * exceed 1,000, so a single comma or dot is always the decimal mark.
 */
public final class Points {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}([.,]\\d{1,3})?");

  private Points() {}

  /** The most points a cell may hold. */
  public static final BigDecimal MAX = BigDecimal.valueOf(1000);

  /** The most decimals a cell may hold, and the scale points are stored with. */
  public static final int SCALE = 3;

  public static Optional<BigDecimal> parse(String text) {
    String value = text == null ? "" : text.replace('\u00A0', ' ').strip();
    if (!NUMBER.matcher(value).matches()) {
      return Optional.empty();
    }
    BigDecimal points = clean(new BigDecimal(value.replace(',', '.')));
    return points.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(points);
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
