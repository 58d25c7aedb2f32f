package vn.partracker.improvement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.partracker.shared.Table;

/**
 * Reads the deadline phrases of real plans ("Trước ngày 01/12/2017", "Quý II năm 2017",
 * "Trước tháng 01", "Thường xuyên", "Báo cáo quý trước ngày 10 của tháng cuối quý; báo cáo năm
 * trước 15/11"). What it does not understand becomes {@link Deadline.Unparsed}, never dropped.
 */
public final class DeadlineParser {

  private static final Pattern DATE =
      Pattern.compile("^(?:(?:truoc|han|den|cham nhat|hoan thanh)\\s*)*(?:ngay\\s*)?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?$");
  private static final Pattern QUARTER =
      Pattern.compile("^(?:trong\\s*)?quy\\s*(iv|iii|ii|i|[1-4])(?:\\s*(?:nam|/)\\s*(\\d{4}))?$");
  private static final Pattern MONTH =
      Pattern.compile("^(trong|truoc)?\\s*thang\\s*(\\d{1,2})(?:\\s*(?:nam|/)\\s*(\\d{4}))?$");
  private static final Pattern ONGOING = Pattern.compile("^(thuong xuyen|lien tuc|hang ngay|thuong xuyen, lien tuc)$");
  private static final Pattern QUARTERLY = Pattern.compile(
      "^(?:bao cao\\s*)?(?:hang\\s*)?quy\\s*(?:truoc|vao)?\\s*ngay\\s*(\\d{1,2})(?:\\s*cua\\s*thang\\s*(dau|giua|cuoi)\\s*quy)?$");
  private static final Pattern YEARLY =
      Pattern.compile("^(?:bao cao\\s*)?(?:hang\\s*)?nam\\s*(?:truoc|vao)?\\s*(?:ngay\\s*)?(\\d{1,2})/(\\d{1,2})$");
  private static final Pattern MONTHLY =
      Pattern.compile("^(?:bao cao\\s*)?hang thang(?:\\s*(?:truoc|vao)?\\s*ngay\\s*(\\d{1,2}))?$");

  private DeadlineParser() {}

  public static Deadline parse(String text, int planYear) {
    String original = text == null ? "" : text.strip();
    String key = Table.key(original).replaceAll("[.;]+$", "").strip();
    if (key.isEmpty()) {
      return new Deadline.None();
    }
    if (ONGOING.matcher(key).matches()) {
      return new Deadline.Ongoing(original);
    }
    Optional<Deadline> single = single(key, original, planYear);
    if (single.isPresent()) {
      return single.get();
    }
    List<Deadline.Rule> rules = new ArrayList<>();
    for (String part : key.split(";")) {
      Optional<Deadline.Rule> rule = rule(part.strip().replaceAll("[.]+$", ""));
      if (rule.isEmpty()) {
        return new Deadline.Unparsed(original);
      }
      rules.add(rule.get());
    }
    return new Deadline.Recurring(rules, original);
  }

  private static Optional<Deadline> single(String key, String original, int planYear) {
    try {
      Matcher m = DATE.matcher(key);
      if (m.matches()) {
        int year = m.group(3) == null ? planYear : Integer.parseInt(m.group(3));
        return Optional.of(new Deadline.OnDate(
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), original));
      }
      m = QUARTER.matcher(key);
      if (m.matches()) {
        int quarter = Dates.quarter(m.group(1));
        int year = m.group(2) == null ? planYear : Integer.parseInt(m.group(2));
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return Optional.of(new Deadline.InPeriod(start, start.plusMonths(3).minusDays(1),
            "Quý " + Dates.roman(quarter) + "/" + year, original));
      }
      m = MONTH.matcher(key);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        boolean before = "truoc".equals(m.group(1));
        // "Trước tháng 01" in a plan for year Y means before January of Y+1
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : before && month == 1 ? planYear + 1 : planYear;
        YearMonth ym = YearMonth.of(year, month);
        if (before) {
          LocalDate end = ym.atDay(1).minusDays(1);
          return Optional.of(new Deadline.InPeriod(LocalDate.of(end.getYear(), 1, 1), end,
              "Trước tháng " + String.format("%02d/%d", month, year), original));
        }
        return Optional.of(new Deadline.InPeriod(ym.atDay(1), ym.atEndOfMonth(),
            "Tháng " + String.format("%02d/%d", month, year), original));
      }
    } catch (DateTimeException e) {
      return Optional.of(new Deadline.Unparsed(original));
    }
    return Optional.empty();
  }

  private static Optional<Deadline.Rule> rule(String part) {
    try {
      Matcher m = QUARTERLY.matcher(part);
      if (m.matches()) {
        int monthOfQuarter = m.group(2) == null ? 3 : switch (m.group(2)) {
          case "dau" -> 1;
          case "giua" -> 2;
          default -> 3;
        };
        return Optional.of(new Deadline.Quarterly(day(m.group(1)), monthOfQuarter));
      }
      m = YEARLY.matcher(part);
      if (m.matches()) {
        LocalDate.of(2024, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return Optional.of(new Deadline.Yearly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      m = MONTHLY.matcher(part);
      if (m.matches()) {
        return Optional.of(new Deadline.Monthly(m.group(1) == null ? 31 : day(m.group(1))));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int day(String text) {
    int day = Integer.parseInt(text);
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day " + day);
    }
    return day;
  }
}
