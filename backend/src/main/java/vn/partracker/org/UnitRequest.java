package vn.partracker.org;

import java.util.List;

/** What a person sends to create or change a unit; checked by {@link UnitService}. */
public record UnitRequest(String name, String shortName, List<String> aliases, Long parentId, String level) {

  public List<String> aliasesOrEmpty() {
    return aliases == null ? List.of() : aliases;
  }
}
