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
  private final Map<String, Set<UnitView>> byName = new HashMap<>();
  private final Map<String, Set<UnitView>> byAlias = new HashMap<>();

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
    byName.computeIfAbsent(UnitNames.key(unit.name()), k -> new LinkedHashSet<>()).add(unit);
    if (unit.shortName() != null) {
      byName.computeIfAbsent(UnitNames.key(unit.shortName()), k -> new LinkedHashSet<>()).add(unit);
    }
    unit.aliases().forEach(a -> byAlias.computeIfAbsent(UnitNames.key(a), k -> new LinkedHashSet<>()).add(unit));
  }

  /** The units whose name or short name this is. */
  public List<UnitView> findByName(String name) {
    return List.copyOf(byName.getOrDefault(UnitNames.key(name), Set.of()));
  }

  /** The units that carry this name as an alias (a name a person gave them). */
  public List<UnitView> findByAlias(String name) {
    return List.copyOf(byAlias.getOrDefault(UnitNames.key(name), Set.of()));
  }

  public List<UnitView> find(String name) {
    return List.copyOf(byKey.getOrDefault(UnitNames.key(name), Set.of()));
  }
}
