package vn.partracker.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.partracker.shared.Role;

/**
 * A person who logs in; the one source of identity, also for the process engine. Versioned (a write
 * based on an older read is refused) and audited by Hibernate Envers (who, when, from where; the
 * roles too, never the password hash).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  private String displayName;

  private String email;

  @org.hibernate.envers.NotAudited
  private String passwordHash;

  private boolean enabled;

  private Long unitId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private Instant createdAt;

  private Instant updatedAt;

  @jakarta.persistence.Version
  private long version;

  protected AppUser() {}

  AppUser(String username, Instant now) {
    this.username = username;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void update(String displayName, String email, Long unitId, Set<Role> roles, boolean enabled, Instant now) {
    this.displayName = displayName;
    this.email = email;
    this.unitId = unitId;
    this.roles.clear();
    this.roles.addAll(roles);
    this.enabled = enabled;
    this.updatedAt = now;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Long getUnitId() {
    return unitId;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
