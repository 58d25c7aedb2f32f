package vn.partracker.shared.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.partracker.shared.Decimals;
import vn.partracker.shared.TimeConfig;

/** How a cell reads as text (docx, PDF): "13,5", dd/MM/yyyy, empty for null. */
final class Cells {

  private Cells() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return TimeConfig.DATE.format(date);
    }
    if (value instanceof Number number) {
      return Decimals.format(decimal(number));
    }
    return value.toString();
  }

  /** Without trailing zeros, never in scientific notation. */
  static BigDecimal decimal(Number number) {
    return Decimals.clean(number instanceof BigDecimal d ? d : new BigDecimal(number.toString()));
  }
}
