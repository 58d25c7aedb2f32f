package vn.partracker.reminder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserView;
import vn.partracker.shared.Role;

/**
 * Who receives a reminder, resolved from the organisation when the sweep runs: the head(s) and
 * staff of the responsible unit; for an escalation the leaders of the unit and of every unit
 * above it, and every coordinator. Loaded once per sweep.
 */
final class Recipients {

  static final Set<Role> ROLES = EnumSet.of(Role.UNIT_HEAD, Role.UNIT_STAFF, Role.LEADER, Role.COORDINATOR);

  private final Map<Long, UnitView> units = new HashMap<>();
  private final Map<Long, List<UserView>> staff = new HashMap<>();
  private final Map<Long, List<UserView>> leaders = new HashMap<>();
  private final List<UserView> coordinators = new ArrayList<>();

  Recipients(List<UnitView> allUnits, List<UserView> users) {
    allUnits.forEach(u -> units.put(u.id(), u));
    for (UserView user : users) {
      if (user.unitId() != null && (user.roles().contains(Role.UNIT_HEAD) || user.roles().contains(Role.UNIT_STAFF))) {
        staff.computeIfAbsent(user.unitId(), k -> new ArrayList<>()).add(user);
      }
      if (user.unitId() != null && user.roles().contains(Role.LEADER)) {
        leaders.computeIfAbsent(user.unitId(), k -> new ArrayList<>()).add(user);
      }
      if (user.roles().contains(Role.COORDINATOR)) {
        coordinators.add(user);
      }
    }
  }

  String unitName(long unitId) {
    UnitView unit = units.get(unitId);
    return unit == null ? null : unit.name();
  }

  List<UserView> of(long unitId, boolean escalation) {
    if (!escalation) {
      return staff.getOrDefault(unitId, List.of());
    }
    Map<Long, UserView> result = new LinkedHashMap<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (Long id = unitId; id != null && units.containsKey(id) && seen.add(id); id = units.get(id).parentId()) {
      leaders.getOrDefault(id, List.of()).forEach(u -> result.putIfAbsent(u.id(), u));
    }
    coordinators.forEach(u -> result.putIfAbsent(u.id(), u));
    return new ArrayList<>(result.values());
  }
}
