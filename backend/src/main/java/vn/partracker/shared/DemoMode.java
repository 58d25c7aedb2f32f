package vn.partracker.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode is the zero-setup run: demo data, demo accounts and the embedded mail catcher.
 * {@code par.demo=auto} (the default) turns it on exactly when the database is the embedded H2,
 * so a PostgreSQL installation never gets demo passwords.
 */
@Component
public class DemoMode {

  private final boolean on;

  public DemoMode(
      @Value("${par.demo:auto}") String setting, @Value("${spring.datasource.url:}") String url) {
    this.on = switch (setting.trim().toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default -> url.startsWith("jdbc:h2:");
    };
  }

  public boolean isOn() {
    return on;
  }
}
