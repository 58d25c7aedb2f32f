package vn.partracker.org;

import java.util.Map;
import vn.partracker.shared.Role;
import vn.partracker.shared.Table;

/** Roles as tables write them: the code ({@code UNIT_HEAD}) or the Vietnamese name. */
final class RoleNames {

  private static final Map<String, Role> VIETNAMESE = Map.of(
      Table.key("Quản trị"), Role.ADMIN,
      Table.key("Điều phối"), Role.COORDINATOR,
      Table.key("Lãnh đạo"), Role.LEADER,
      Table.key("Hội đồng"), Role.COUNCIL,
      Table.key("Thủ trưởng"), Role.UNIT_HEAD,
      Table.key("Trưởng đơn vị"), Role.UNIT_HEAD,
      Table.key("Cán bộ"), Role.UNIT_STAFF);

  private RoleNames() {}

  /** The role; {@link IllegalArgumentException} when the name is none. */
  static Role parse(String name) {
    String key = Table.key(name);
    Role role = VIETNAMESE.get(key);
    if (role != null) {
      return role;
    }
    return Role.valueOf(key.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
  }
}
