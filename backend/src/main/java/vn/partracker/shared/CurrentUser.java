package vn.partracker.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as every endpoint sees it: identity, unit and roles. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

  private final long id;
  private final String username;
  private final Long unitId;
  private final Set<Role> roles;
  private final boolean enabled;
  private String passwordHash;

  public CurrentUser(long id, String username, String passwordHash, Long unitId, Set<Role> roles, boolean enabled) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
    this.unitId = unitId;
    this.roles = Set.copyOf(roles);
    this.enabled = enabled;
  }

  public long id() {
    return id;
  }

  public Long unitId() {
    return unitId;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Sees every unit: administrators, the coordinator, leaders and the council. */
  public boolean seesAllUnits() {
    return has(Role.ADMIN) || has(Role.COORDINATOR) || has(Role.LEADER) || has(Role.COUNCIL);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    // an account without a password (imported, not yet activated) cannot log in
    return enabled && passwordHash != null;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurrentUser other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "CurrentUser[" + username + ", roles=" + List.copyOf(roles) + "]";
  }
}
