package vn.partracker.improvement;

import java.time.LocalDate;
import vn.partracker.shared.TimeConfig;

final class Dates {

  private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

  private Dates() {}

  static String format(LocalDate date) {
    return TimeConfig.DATE.format(date);
  }

  static String roman(int quarter) {
    return ROMAN[quarter];
  }

  static int quarter(String numeral) {
    return switch (numeral.toUpperCase()) {
      case "I", "1" -> 1;
      case "II", "2" -> 2;
      case "III", "3" -> 3;
      case "IV", "4" -> 4;
      default -> 0;
    };
  }
}
