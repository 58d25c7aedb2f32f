package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * A node as the API shows it, with its children and whether their points add up; a RATE leaf
 * carries its labels and bands, a DEDUCTION leaf its points per event.
 */
public record CriteriaNodeView(
    @Nullable Long id,
    String code,
    String title,
    BigDecimal maxPoints,
    @Nullable String guidance,
    @Nullable String evidence,
    AnswerType answerType,
    boolean notApplicableAllowed,
    @Nullable String numeratorLabel,
    @Nullable String denominatorLabel,
    List<RateBand> bands,
    @Nullable BigDecimal pointsPerEvent,
    @Nullable /** BONUS or PENALTY for a field outside the scored 100 (its max is the cap); null otherwise */
    Section section,
    int depth,
    @Nullable BigDecimal childrenSum,
    boolean sumMismatch,
    List<CriteriaNodeView> children,
    @Nullable /** sent back with a change of the node (null in an import preview) */
    Long version) {

  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** Counted in the scored total (not a bonus or penalty section). */
  public boolean scored() {
    return section == null;
  }
}
