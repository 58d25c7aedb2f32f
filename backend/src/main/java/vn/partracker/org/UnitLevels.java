package vn.partracker.org;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The levels of the organisation tree, from configuration ({@code par.org.levels}), so the same
 * product serves the three-tier model of the seeds and the two-tier model of 2025.
 */
@ConfigurationProperties("par.org")
public record UnitLevels(@DefaultValue List<Level> levels) {

  /**
   * A level: its code, its names, whether a unit of it may be a top-level unit, and the levels
   * its parent may have.
   */
  public record Level(String code, String nameVi, String nameEn, boolean root, @DefaultValue List<String> parents) {}

  public Optional<Level> find(String code) {
    return levels.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  public List<String> codes() {
    return levels.stream().map(Level::code).toList();
  }
}
