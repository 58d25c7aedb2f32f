package vn.partracker.shared.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How a cell reads as text (docx, PDF): "13,5", dd/MM/yyyy, empty for null. */
final class Cells {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Cells() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof Number number) {
      return decimal(number).toPlainString().replace('.', ',');
    }
    return value.toString();
  }

  /** Without trailing zeros, never in scientific notation. */
  static BigDecimal decimal(Number number) {
    BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
