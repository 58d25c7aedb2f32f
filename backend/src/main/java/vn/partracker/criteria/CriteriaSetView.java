package vn.partracker.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A criteria set with its tree. */
public record CriteriaSetView(
    Long id,
    String name,
    int year,
    String level,
    String status,
    BigDecimal totalMaxPoints,
    int nodeCount,
    Long copiedFromId,
    Instant updatedAt,
    Thresholds thresholds,
    List<CriteriaNodeView> nodes) {

  public boolean published() {
    return "PUBLISHED".equals(status);
  }

  /** Summary without the tree, for lists. */
  public record Summary(Long id, String name, int year, String level, String status, BigDecimal totalMaxPoints,
      int nodeCount, Long copiedFromId, Instant updatedAt) {}

  Summary summary() {
    return new Summary(id, name, year, level, status, totalMaxPoints, nodeCount, copiedFromId, updatedAt);
  }
}
