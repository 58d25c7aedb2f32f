package vn.partracker.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of the units, looked up by name, short name or alias as tables write them
 * ("Văn phòng HĐND và UBND", "VP HĐND-UBND huyện"). A name matches every unit that carries it;
 * callers report zero or several matches instead of guessing.
 */
public final class UnitDirectory {

  private final Map<String, Set<UnitView>> byKey = new HashMap<>();

  public UnitDirectory(List<UnitView> units) {
    units.forEach(this::add);
  }

  public void add(UnitView unit) {
    List<String> names = new ArrayList<>(unit.aliases());
    names.add(unit.name());
    if (unit.shortName() != null) {
      names.add(unit.shortName());
    }
    for (String name : names) {
      byKey.computeIfAbsent(UnitNames.key(name), k -> new LinkedHashSet<>()).add(unit);
    }
  }

  public List<UnitView> find(String name) {
    return List.copyOf(byKey.getOrDefault(UnitNames.key(name), Set.of()));
  }
}
