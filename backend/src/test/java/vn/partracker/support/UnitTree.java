package vn.partracker.support;

import java.util.ArrayList;
import java.util.List;
import vn.partracker.org.UnitView;

/** An in-memory organisation tree for unit tests that resolve unit names. */
public final class UnitTree {

  private final List<UnitView> units = new ArrayList<>();
  private long nextId = 1;

  public UnitView add(String name, String level, Long parentId, String... aliases) {
    UnitView unit = new UnitView(nextId++, name, null, List.of(aliases), parentId, level);
    units.add(unit);
    return unit;
  }

  public List<UnitView> all() {
    return units;
  }
}
