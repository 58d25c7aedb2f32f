package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.partracker.shared.Message;

/**
 * Reads the scoring guidance of an official table ("Hướng dẫn chấm điểm") for what it says about
 * rates and deductions, and writes bands back in the same words. Only regular phrasings are read:
 * every part that gives points must name one range of the rate ("từ 80% trở lên", "từ 50% đến
 * dưới 80%", "Đạt từ 80% - dưới 100%", "trên 90%", "dưới 50%", "100%"), and the ranges must cover
 * 0–100 % without a gap or an overlap. Anything else that mentions a rate is a question for a
 * person ({@link Reading#problem()}), never a guess.
 */
final class GuidanceReader {

  /** What the guidance says: nothing about rates or deductions, bands, points per event, or a problem. */
  record Reading(AnswerType type, List<RateBand> bands, BigDecimal pointsPerEvent, Message problem) {
    static final Reading NONE = new Reading(null, List.of(), null, null);

    static Reading problem(String key, Object... args) {
      return new Reading(null, List.of(), null, Message.of(key, args));
    }

    boolean regular() {
      return type != null;
    }
  }

  private static final String NUM = "(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*%";
  private static final String TO = "\\s*(?:đến|tới|-|–|—)\\s*";
  private static final Pattern POINTS = Pattern.compile("^(?:thì\\s+|được\\s+|đạt\\s+|=\\s*)*(\\d{1,4}(?:[.,]\\d{1,3})?)\\s*điểm$");
  private static final Pattern DEDUCT = Pattern.compile("trừ\\s+(\\d{1,4}(?:[.,]\\d{1,3})?)\\s*(?:điểm|đ\\b)");

  /** A range at the end of a condition; groups: lower, upper. */
  private record Form(Pattern pattern, boolean lowerInclusive, boolean upperInclusive, boolean hasLower, boolean hasUpper) {}

  private static final List<Form> FORMS = List.of(
      // "trên" forms first: the optional "từ" of the next form would otherwise read "trên 80% đến dưới 95%" as from 80 %
      form("trên\\s+" + NUM + TO + "(?:dưới|<)\\s*" + NUM, false, false, true, true),
      form("trên\\s+" + NUM + TO + NUM, false, true, true, true),
      form("(?:từ\\s+)?" + NUM + TO + "(?:dưới|<)\\s*" + NUM, true, false, true, true),
      form("từ\\s+" + NUM + TO + NUM, true, true, true, true),
      form("(?:từ\\s+)?" + NUM + "\\s+trở\\s+lên", true, false, true, false),
      form("(?:>=|≥)\\s*" + NUM, true, false, true, false),
      form("(?:trên|hơn|>)\\s*" + NUM, false, false, true, false),
      form("(?:từ\\s+)?" + NUM + "\\s+trở\\s+xuống", true, true, false, true),
      form("(?:<=|≤)\\s*" + NUM, true, true, false, true),
      form("(?:dưới|<)\\s*" + NUM, true, false, false, true),
      form(NUM, true, true, true, true)); // a bare "100%": exactly that rate

  private static Form form(String regex, boolean lowerInclusive, boolean upperInclusive, boolean hasLower,
      boolean hasUpper) {
    return new Form(Pattern.compile("(?:^|\\s)" + regex + "$"), lowerInclusive, upperInclusive, hasLower, hasUpper);
  }

  /** A range of the rate with its points, as read. */
  private record Range(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive,
      BigDecimal points) {}

  private GuidanceReader() {}

  static Reading read(String guidance) {
    if (guidance == null || guidance.isBlank()) {
      return Reading.NONE;
    }
    String text = normalise(guidance);
    boolean rate = text.contains("%");
    Matcher deduct = DEDUCT.matcher(text);
    List<BigDecimal> deductions = new ArrayList<>();
    while (deduct.find()) {
      deductions.add(number(deduct.group(1)));
    }
    if (rate && !deductions.isEmpty()) {
      return Reading.problem("criteria.guidanceRateAndDeduction");
    }
    if (!deductions.isEmpty()) {
      if (deductions.size() > 1) {
        return Reading.problem("criteria.guidanceManyDeductions", deductions.size());
      }
      if (deductions.get(0).signum() <= 0) {
        return Reading.problem("criteria.guidanceDeductionPositive");
      }
      return new Reading(AnswerType.DEDUCTION, List.of(), deductions.get(0), null);
    }
    if (!rate) {
      return Reading.NONE;
    }
    return readBands(text);
  }

  private static Reading readBands(String text) {
    List<Range> ranges = new ArrayList<>();
    for (String part : text.split("[;\\n]|\\.\\s+")) {
      String segment = part.strip().replaceFirst("^[-+•*]\\s*", "").replaceFirst("[.,]$", "").strip();
      if (segment.isEmpty() || !segment.contains("điểm")) {
        continue; // a sentence that gives no points ("Mất 0.5 điểm" does: see below)
      }
      int colon = segment.lastIndexOf(':');
      String condition;
      String points;
      if (colon >= 0) {
        condition = segment.substring(0, colon).strip();
        points = segment.substring(colon + 1).strip();
      } else {
        Matcher thi = Pattern.compile("^(.*?)\\s+(?:thì|được|=)\\s+(.*điểm)$").matcher(segment);
        if (!thi.matches()) {
          return Reading.problem("criteria.guidanceSegmentUnread", segment);
        }
        condition = thi.group(1).strip();
        points = thi.group(2).strip();
      }
      Matcher p = POINTS.matcher(points);
      if (!p.matches()) {
        return Reading.problem("criteria.guidancePointsUnread", segment);
      }
      Range range = range(condition, number(p.group(1)));
      if (range == null) {
        return Reading.problem("criteria.guidanceRateUnread", segment);
      }
      ranges.add(range);
    }
    if (ranges.isEmpty()) {
      return Reading.problem("criteria.guidanceRateNoPoints");
    }
    return bands(ranges);
  }

  private static Range range(String condition, BigDecimal points) {
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(condition);
      if (!m.find()) {
        continue;
      }
      String head = condition.substring(0, m.start());
      if (head.matches(".*\\d.*")) {
        return null; // another figure before the range: not a single range
      }
      BigDecimal first = number(m.group(1));
      BigDecimal second = m.groupCount() > 1 ? number(m.group(2)) : null;
      BigDecimal lower = form.hasLower() ? first : BigDecimal.ZERO;
      BigDecimal upper = form.hasUpper() ? (form.hasLower() ? (second != null ? second : first) : first) : null;
      boolean lowerInclusive = form.hasLower() ? form.lowerInclusive() : true;
      if (upper != null && upper.compareTo(lower) < 0) {
        return null;
      }
      return new Range(lower, lowerInclusive, upper, form.upperInclusive(), points);
    }
    return null;
  }

  /** Ranges from the highest down must meet exactly and reach 0 %. */
  private static Reading bands(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Range::lower).reversed().thenComparing(Range::lowerInclusive));
    Range top = sorted.get(0);
    if (top.upper() != null && !(top.upper().compareTo(BigDecimal.valueOf(100)) == 0 && top.upperInclusive())) {
      return Reading.problem("criteria.guidanceTopMissing", pct(top.upper()));
    }
    for (int i = 1; i < sorted.size(); i++) {
      Range above = sorted.get(i - 1);
      Range range = sorted.get(i);
      if (range.upper() == null || range.upper().compareTo(above.lower()) != 0
          || range.upperInclusive() == above.lowerInclusive()) {
        return Reading.problem("criteria.guidanceGapOrOverlap", pct(above.lower()));
      }
    }
    Range bottom = sorted.get(sorted.size() - 1);
    if (bottom.lower().signum() != 0 || !bottom.lowerInclusive()) {
      return Reading.problem("criteria.guidanceBottomMissing", pct(bottom.lower()));
    }
    return new Reading(AnswerType.RATE,
        sorted.stream().map(r -> new RateBand(Points.clean(r.lower()), r.lowerInclusive(), Points.clean(r.points())))
            .toList(), null, null);
  }

  /** Bands in the words of the tables: "từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm". */
  static String write(List<RateBand> bands) {
    List<RateBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(RateBand::lowerPercent).reversed().thenComparing(RateBand::inclusive));
    List<String> parts = new ArrayList<>();
    RateBand above = null;
    for (RateBand band : sorted) {
      String from = (band.inclusive() ? "từ " : "trên ") + pct(band.lowerPercent());
      String range;
      if (above == null) {
        range = band.inclusive() ? "từ " + pct(band.lowerPercent()) + " trở lên" : from;
      } else if (band.lowerPercent().signum() == 0 && band.inclusive()) {
        range = above.inclusive() ? "dưới " + pct(above.lowerPercent()) : "từ " + pct(above.lowerPercent()) + " trở xuống";
      } else {
        range = from + " đến " + (above.inclusive() ? "dưới " : "") + pct(above.lowerPercent());
      }
      parts.add(range + ": " + Points.format(band.points()) + " điểm");
      above = band;
    }
    return String.join("; ", parts);
  }

  private static String normalise(String text) {
    return text.replace('\u00A0', ' ').replace("≥", ">=").replace("≤", "<=").toLowerCase(Locale.ROOT)
        .replaceAll("[ \\t]+", " ");
  }

  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }

  private static String pct(BigDecimal value) {
    return Points.format(value) + "%";
  }
}
