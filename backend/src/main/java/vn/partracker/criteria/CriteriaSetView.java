package vn.partracker.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/** A criteria set with its tree. */
public record CriteriaSetView(
    Long id,
    String name,
    int year,
    String level,
    String status,
    /** the scored total, without the bonus and penalty sections */
    BigDecimal totalMaxPoints,
    /** caps of the bonus and penalty sections (0 when the set has none) */
    BigDecimal bonusMaxPoints,
    BigDecimal penaltyMaxPoints,
    boolean indexCappedAt100,
    int nodeCount,
    @Nullable Long copiedFromId,
    Instant updatedAt,
    Thresholds thresholds,
    List<CriteriaNodeView> nodes) {

  /** The bonus or penalty section an item (or field) belongs to; empty for a scored one. */
  public java.util.Optional<Section> sectionOf(String code) {
    return nodes.stream().filter(f -> f.section() != null && (code.equals(f.code()) || code.startsWith(f.code() + ".")))
        .map(CriteriaNodeView::section).findFirst();
  }

  public boolean published() {
    return "PUBLISHED".equals(status);
  }

  /** Summary without the tree, for lists. */
  public record Summary(Long id, String name, int year, String level, String status, BigDecimal totalMaxPoints,
      int nodeCount, @Nullable Long copiedFromId, Instant updatedAt) {}

  Summary summary() {
    return new Summary(id, name, year, level, status, totalMaxPoints, nodeCount, copiedFromId, updatedAt);
  }
}
