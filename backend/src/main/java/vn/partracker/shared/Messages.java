package vn.partracker.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The server's messages in Vietnamese (the default, {@code messages.properties}) and English
 * ({@code messages_en.properties}), chosen by the request's {@code Accept-Language}: Vietnamese
 * without it or for any language but English. One message source and one locale resolver, the
 * application's beans too ({@link MessagesConfig}), held here so that a message can be put into
 * words where no Spring context is at hand (unit tests, a worker thread: Vietnamese). Mail does
 * not use them: it stays Vietnamese.
 */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;

  static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();
  static final AcceptHeaderLocaleResolver RESOLVER = new AcceptHeaderLocaleResolver();

  static {
    SOURCE.setBasename("messages");
    SOURCE.setDefaultEncoding("UTF-8");
    // "vi" has no file of its own: it falls to messages.properties, never to the JVM's language
    SOURCE.setFallbackToSystemLocale(false);
    // a key missing from a file shows as itself, never as a 500 (MessageKeysTest keeps them complete)
    SOURCE.setUseCodeAsDefaultMessage(true);
    RESOLVER.setSupportedLocales(List.of(VIETNAMESE, ENGLISH));
    RESOLVER.setDefaultLocale(VIETNAMESE);
  }

  private Messages() {}

  public static MessageSource source() {
    return SOURCE;
  }

  /** The language of the request this thread serves; Vietnamese outside a request. */
  public static Locale currentLocale() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return localeOf(request.getRequest());
    }
    return VIETNAMESE;
  }

  /** A request's language: Vietnamese, or English when its {@code Accept-Language} prefers it. */
  public static Locale localeOf(HttpServletRequest request) {
    return RESOLVER.resolveLocale(request);
  }

  /** The message in words; arguments that are messages themselves are put into words first. */
  static String text(Message message, Locale locale) {
    Object[] args = message.args();
    String[] words = new String[args == null ? 0 : args.length];
    for (int i = 0; i < words.length; i++) {
      // as text, so that numbers read as the code wrote them (no MessageFormat grouping: "1234", not "1.234")
      words[i] = args[i] instanceof Message m ? text(m, locale) : String.valueOf(args[i]);
    }
    return SOURCE.getMessage(message.key(), words.length == 0 ? null : words, locale);
  }
}
