package vn.partracker.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The server's messages as the application's {@code messageSource} (Bean Validation's
 * {@code {key}} messages resolve through it too) and the {@code Accept-Language} locale resolver.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

  @Bean
  MessageSource messageSource() {
    return Messages.source();
  }

  @Bean
  LocaleResolver localeResolver() {
    return Messages.RESOLVER;
  }
}
