package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a node says, independent of where it is stored. A RATE item has its numerator and
 * denominator labels and its bands; a DEDUCTION item its points per event; others neither. A field
 * may be a bonus or penalty section.
 */
record NodeContent(
    String code,
    String title,
    BigDecimal maxPoints,
    String guidance,
    String evidence,
    AnswerType answerType,
    boolean notApplicableAllowed,
    String numeratorLabel,
    String denominatorLabel,
    List<RateBand> bands,
    BigDecimal pointsPerEvent,
    /** a field outside the scored 100 (bonus or penalty); null for a scored node */
    Section section) {

  NodeContent {
    bands = bands == null ? List.of() : List.copyOf(bands);
  }

  NodeContent(String code, String title, BigDecimal maxPoints, String guidance, String evidence,
      AnswerType answerType, boolean notApplicableAllowed) {
    this(code, title, maxPoints, guidance, evidence, answerType, notApplicableAllowed, null, null, List.of(), null,
        null);
  }
}
