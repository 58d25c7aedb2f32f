package vn.partracker.org;

import java.util.List;
import org.springframework.lang.Nullable;

/** A unit as the API shows it; {@code version} goes back with a change. */
public record UnitView(Long id, String name, @Nullable String shortName, List<String> aliases, @Nullable Long parentId, String level,
    long version) {

  /** A unit not read from the database (tests, previews): version 0. */
  public UnitView(Long id, String name, String shortName, List<String> aliases, Long parentId, String level) {
    this(id, name, shortName, aliases, parentId, level, 0);
  }

  static UnitView of(Unit unit) {
    return new UnitView(
        unit.getId(),
        unit.getName(),
        unit.getShortName(),
        unit.getAliases().stream().sorted().toList(),
        unit.getParentId(),
        unit.getLevel(),
        unit.getVersion());
  }
}
