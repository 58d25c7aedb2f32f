package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;

/** A node as the API shows it, with its children and whether their points add up. */
public record CriteriaNodeView(
    Long id,
    String code,
    String title,
    BigDecimal maxPoints,
    String guidance,
    String evidence,
    AnswerType answerType,
    boolean notApplicableAllowed,
    int depth,
    BigDecimal childrenSum,
    boolean sumMismatch,
    List<CriteriaNodeView> children) {

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
