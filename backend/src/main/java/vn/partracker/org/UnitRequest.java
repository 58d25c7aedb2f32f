package vn.partracker.org;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What a person sends to create or change a unit; checked by {@link UnitService}. {@code version}:
 * the unit's version as read, required on a change (or sent as {@code If-Match}).
 */
public record UnitRequest(String name, @Nullable String shortName, List<String> aliases, @Nullable Long parentId, String level, @Nullable Long version) {

  /** A request without a version: a new unit, or a change the system makes itself (imports, aliases). */
  public UnitRequest(String name, String shortName, List<String> aliases, Long parentId, String level) {
    this(name, shortName, aliases, parentId, level, null);
  }

  public List<String> aliasesOrEmpty() {
    return aliases == null ? List.of() : aliases;
  }
}
