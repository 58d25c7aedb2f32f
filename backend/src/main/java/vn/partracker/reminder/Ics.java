package vn.partracker.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** iCalendar (RFC 5545) text: all-day events, escaped text values, folded lines, CRLF. */
final class Ics {

  record Event(String uid, LocalDate date, String summary, String description, String url) {}

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Ics() {}

  static String calendar(String name, List<Event> events, Instant stamp) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//PAR Tracker//Theo doi Chi so CCHC//VI");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(name));
    line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + event.uid());
      line(out, "DTSTAMP:" + STAMP.format(stamp));
      line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
      line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
      line(out, "SUMMARY:" + text(event.summary()));
      if (event.description() != null) {
        line(out, "DESCRIPTION:" + text(event.description()));
      }
      if (event.url() != null) {
        line(out, "URL:" + event.url());
      }
      line(out, "TRANSP:TRANSPARENT");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        case '\r' -> {
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            continue;
          }
          out.append("\\n");
        }
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
