package vn.partracker.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An agency or office: a node of the organisation tree. Versioned (a write based on an older read
 * is refused) and audited by Hibernate Envers (who, when, from where; its aliases too).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "org_unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  private String shortName;

  private String level;

  private Long parentId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
  @Column(name = "alias")
  private Set<String> aliases = new LinkedHashSet<>();

  private Instant createdAt;

  private Instant updatedAt;

  @jakarta.persistence.Version
  private long version;

  protected Unit() {}

  Unit(String name, String shortName, String level, Long parentId, Set<String> aliases, Instant now) {
    this.createdAt = now;
    update(name, shortName, level, parentId, aliases, now);
  }

  void update(String name, String shortName, String level, Long parentId, Set<String> aliases, Instant now) {
    this.name = name;
    this.shortName = shortName;
    this.level = level;
    this.parentId = parentId;
    this.aliases.clear();
    this.aliases.addAll(aliases);
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getLevel() {
    return level;
  }

  public Long getParentId() {
    return parentId;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<String> getAliases() {
    return Set.copyOf(aliases);
  }
}
