package vn.partracker.shared;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a
 * carriage return as a formula. Every CSV this application writes passes its cells through
 * {@link #neutralise}, which puts a single quote in front (Excel and LibreOffice then show the text
 * as it is); {@link TableReader} takes that quote away again, so an exported table imports unchanged.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String neutralise(String cell) {
    return cell != null && !cell.isEmpty() && risky(cell.charAt(0)) ? "'" + cell : cell;
  }

  /** The cell as written before {@link #neutralise}. */
  public static String restore(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  private static boolean risky(char first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
