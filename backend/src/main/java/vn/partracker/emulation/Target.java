package vn.partracker.emulation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One target of a movement ("giải quyết hồ sơ TTHC đúng hạn tối thiểu 99%"), with its threshold
 * per unit level; a level without a threshold is not judged on it.
 */
@Entity
@Table(name = "emulation_target")
class Target {

  enum Source { COMPUTED, ENTERED }

  enum Kind { PERCENT, COUNT, YES_NO }

  enum Comparator { AT_LEAST, AT_MOST }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long movementId;

  private int position;

  private String code;

  @Column(name = "group_title")
  private String group;

  private String title;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private Comparator comparator;

  private String numeratorLabel;

  private String denominatorLabel;

  private String basis;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "emulation_threshold", joinColumns = @JoinColumn(name = "target_id"))
  @MapKeyColumn(name = "level")
  @Column(name = "threshold")
  private Map<String, BigDecimal> thresholds = new LinkedHashMap<>();

  protected Target() {}

  Target(Long movementId, int position, MovementTemplate.TargetTemplate t, Map<String, BigDecimal> thresholds) {
    this.movementId = movementId;
    this.position = position;
    this.code = t.code();
    this.group = t.group();
    this.title = t.title();
    this.source = t.source();
    this.kind = t.kind();
    this.comparator = t.comparator();
    this.numeratorLabel = t.numeratorLabel();
    this.denominatorLabel = t.denominatorLabel();
    this.basis = t.basis();
    this.thresholds.putAll(thresholds);
  }

  void changeThresholds(Map<String, BigDecimal> thresholds) {
    this.thresholds.clear();
    this.thresholds.putAll(thresholds);
  }

  /** Whether a figure meets the threshold of this level; null when the level is not judged or there is no figure. */
  Boolean met(String level, BigDecimal value) {
    BigDecimal threshold = thresholds.get(level);
    if (threshold == null || value == null) {
      return null;
    }
    return comparator == Comparator.AT_LEAST ? value.compareTo(threshold) >= 0 : value.compareTo(threshold) <= 0;
  }

  Long getMovementId() { return movementId; }

  int getPosition() { return position; }

  String getCode() { return code; }

  String getGroup() { return group; }

  String getTitle() { return title; }

  Source getSource() { return source; }

  Kind getKind() { return kind; }

  Comparator getComparator() { return comparator; }

  String getNumeratorLabel() { return numeratorLabel; }

  String getDenominatorLabel() { return denominatorLabel; }

  String getBasis() { return basis; }

  Map<String, BigDecimal> getThresholds() { return Map.copyOf(thresholds); }
}
