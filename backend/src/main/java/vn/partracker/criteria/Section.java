package vn.partracker.criteria;

import java.util.Optional;
import vn.partracker.shared.Table;

/**
 * A field outside the scored 100: bonus points (điểm thưởng, for initiatives the province recognised)
 * added to the index, or penalty points (điểm trừ, for violations) taken off it. The field's max is
 * the cap: its items may offer more, the section never counts more than its max.
 */
public enum Section {
  BONUS("Điểm thưởng"),
  PENALTY("Điểm trừ");

  private final String label;

  Section(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** As a table names the section: the label, a title opening with it ("ĐIỂM THƯỞNG (tối đa 5 điểm)"), or the code. */
  static Optional<Section> read(String text) {
    String key = Table.key(text);
    for (Section s : values()) {
      if (key.equals(s.name().toLowerCase()) || key.startsWith(Table.key(s.label))) {
        return Optional.of(s);
      }
    }
    return key.startsWith(Table.key("Điểm cộng")) ? Optional.of(BONUS) : Optional.empty();
  }
}
