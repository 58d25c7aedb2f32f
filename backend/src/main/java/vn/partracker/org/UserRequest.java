package vn.partracker.org;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What an administrator sends to create or change a user. {@code password} is optional: blank
 * keeps the current one (or leaves a new account unable to log in until one is set). {@code
 * version}: the user's version as read, required on a change (or sent as {@code If-Match}).
 */
public record UserRequest(
    String username,
    String displayName,
    @Nullable String email,
    @Nullable Long unitId,
    List<String> roles,
    Boolean enabled,
    @Nullable String password,
    @Nullable Long version) {

  /** A request without a version: a new user, or a change the system makes itself (imports). */
  public UserRequest(String username, String displayName, String email, Long unitId, List<String> roles,
      Boolean enabled, String password) {
    this(username, displayName, email, unitId, roles, enabled, password, null);
  }
}
