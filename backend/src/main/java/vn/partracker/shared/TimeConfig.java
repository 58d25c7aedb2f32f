package vn.partracker.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: Vietnam time. Tests replace it with a fixed clock. */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** How dates are written for users, in mails and in exported tables. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** A moment, as users read it: "03/12/2026 14:05" (as the frontend writes it). */
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
