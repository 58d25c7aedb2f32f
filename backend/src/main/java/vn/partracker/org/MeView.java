package vn.partracker.org;

import java.util.List;
import vn.partracker.shared.Role;

/** Who is logged in: {@code GET /api/me} and the answer to a login. */
public record MeView(String username, String displayName, String email, List<Role> roles, UnitRef unit) {

  public record UnitRef(Long id, String name, String shortName, String level) {}
}
