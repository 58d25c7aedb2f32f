package vn.partracker.org;

import java.util.Locale;
import vn.partracker.shared.Role;

/**
 * The process engine's groups, derived from the organisation: one per unit (its members are the
 * unit's users, so BPMN candidate groups name units) and one per role.
 */
public final class IdentityGroups {

  public static final String TYPE_UNIT = "UNIT";
  public static final String TYPE_ROLE = "ROLE";
  /** Camunda's own administrators' group; held by every ADMIN. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private IdentityGroups() {}

  public static String unit(long unitId) {
    return "unit-" + unitId;
  }

  public static String role(Role role) {
    return "role-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
