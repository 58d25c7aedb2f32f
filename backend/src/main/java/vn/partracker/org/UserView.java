package vn.partracker.org;

import java.util.List;
import org.springframework.lang.Nullable;
import vn.partracker.shared.Role;

/** A user as the administration screens show it (never the password); {@code version} goes back with a change. */
public record UserView(
    Long id,
    String username,
    String displayName,
    @Nullable String email,
    @Nullable Long unitId,
    @Nullable String unitName,
    List<Role> roles,
    boolean enabled,
    boolean hasPassword,
    long version) {

  static UserView of(AppUser user, String unitName) {
    return new UserView(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getEmail(),
        user.getUnitId(),
        unitName,
        user.getRoles().stream().sorted().toList(),
        user.isEnabled(),
        user.getPasswordHash() != null,
        user.getVersion());
  }
}
