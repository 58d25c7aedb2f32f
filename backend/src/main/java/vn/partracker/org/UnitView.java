package vn.partracker.org;

import java.util.List;

/** A unit as the API shows it. */
public record UnitView(Long id, String name, String shortName, List<String> aliases, Long parentId, String level) {

  static UnitView of(Unit unit) {
    return new UnitView(
        unit.getId(),
        unit.getName(),
        unit.getShortName(),
        unit.getAliases().stream().sorted().toList(),
        unit.getParentId(),
        unit.getLevel());
  }
}
