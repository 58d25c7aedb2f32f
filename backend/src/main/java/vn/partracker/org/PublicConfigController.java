package vn.partracker.org;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.shared.DemoMode;
import vn.partracker.shared.Role;

/** What the SPA needs before anyone logs in: whether this is the demo run, its accounts, the unit levels. */
@RestController
class PublicConfigController {

  record DemoAccount(String username, String displayName, List<Role> roles, @Nullable String unitName) {}

  record PublicConfig(boolean demo, List<DemoAccount> demoAccounts, List<UnitLevels.Level> levels) {}

  private final DemoMode demoMode;
  private final UserService users;
  private final UnitService units;
  private final UnitLevels levels;

  PublicConfigController(DemoMode demoMode, UserService users, UnitService units, UnitLevels levels) {
    this.demoMode = demoMode;
    this.users = users;
    this.units = units;
    this.levels = levels;
  }

  @GetMapping("/api/public/config")
  PublicConfig config() {
    List<DemoAccount> accounts = List.of();
    if (demoMode.isOn()) {
      Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
      accounts = OrgDemoData.ACCOUNTS.stream()
          .flatMap(username -> users.findByUsername(username).stream())
          .map(u -> new DemoAccount(u.getUsername(), u.getDisplayName(), u.getRoles().stream().sorted().toList(),
              unitNames.get(u.getUnitId())))
          .toList();
    }
    return new PublicConfig(demoMode.isOn(), accounts, levels.levels());
  }
}
