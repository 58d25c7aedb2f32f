package vn.partracker.org;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.DemoMode;
import vn.partracker.shared.Role;

/**
 * A production installation starts without users and without demo passwords: the first
 * administrator is created from {@code PAR_ADMIN_USERNAME} (default {@code admin}) and
 * {@code PAR_ADMIN_PASSWORD} when the database has no user yet.
 */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final DemoMode demoMode;
  private final UserRepository userRepository;
  private final UserService users;
  private final String username;
  private final String password;

  AdminBootstrap(
      DemoMode demoMode,
      UserRepository userRepository,
      UserService users,
      @Value("${par.admin.username:admin}") String username,
      @Value("${par.admin.password:}") String password) {
    this.demoMode = demoMode;
    this.userRepository = userRepository;
    this.users = users;
    this.username = username;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (demoMode.isOn() || userRepository.count() > 0) {
      return;
    }
    if (password.isBlank()) {
      log.warn("No user exists. Set PAR_ADMIN_PASSWORD (at least {} characters) and restart to create the "
          + "first administrator '{}'.", UserService.MIN_PASSWORD_LENGTH, username);
      return;
    }
    users.create(new UserRequest(username, "Quản trị hệ thống", null, null, List.of(Role.ADMIN.name()), true, password),
        null);
    log.info("First administrator '{}' created from PAR_ADMIN_PASSWORD", username);
  }
}
