package vn.partracker.org;

import java.util.List;
import org.springframework.lang.Nullable;
import vn.partracker.shared.Role;

/** Who is logged in: {@code GET /api/me} and the answer to a login. */
public record MeView(String username, String displayName, @Nullable String email, List<Role> roles, @Nullable UnitRef unit) {

  public record UnitRef(Long id, String name, @Nullable String shortName, String level) {}
}
