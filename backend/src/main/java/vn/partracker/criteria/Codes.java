package vn.partracker.criteria;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Node codes ("1", "1.5", "1.5.3"): the hierarchy of a set is in its codes; a node's parent is
 * its code without the last segment.
 */
final class Codes {

  private static final Pattern VALID = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,5}");

  /** Sorts "1.2" before "1.10", as a table is read. */
  static final Comparator<String> ORDER = (a, b) -> {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  };

  private Codes() {}

  /** "1.5." and " 1.5 " are written for "1.5". */
  static String normalize(String raw) {
    String code = raw == null ? "" : raw.strip().replaceAll("\\s+", "");
    while (code.endsWith(".")) {
      code = code.substring(0, code.length() - 1);
    }
    return code;
  }

  static boolean isValid(String code) {
    return code != null && VALID.matcher(code).matches();
  }

  static String parent(String code) {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? null : code.substring(0, dot);
  }

  static int depth(String code) {
    return code.split("\\.").length;
  }
}
