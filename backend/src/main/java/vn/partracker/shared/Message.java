package vn.partracker.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * A server message the caller reads: a key of {@code messages.properties} (Vietnamese) and
 * {@code messages_en.properties} (English) with its arguments ({@code {0}}, {@code {1}}, ... in
 * the texts; an argument may itself be a message). It is put into words only when it is shown,
 * in the request's language ({@link Messages#currentLocale()}), so a feature never chooses one.
 */
public record Message(String key, Object... args) {

  public static Message of(String key, Object... args) {
    return new Message(key, args);
  }

  /** The text in the current request's language (Vietnamese outside a request). */
  @JsonValue
  public String text() {
    return text(Messages.currentLocale());
  }

  public String text(Locale locale) {
    return Messages.text(this, locale);
  }

  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(args);
  }
}
