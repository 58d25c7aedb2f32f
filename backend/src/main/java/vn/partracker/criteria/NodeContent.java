package vn.partracker.criteria;

import java.math.BigDecimal;

/** What a node says, independent of where it is stored. */
record NodeContent(
    String code,
    String title,
    BigDecimal maxPoints,
    String guidance,
    String evidence,
    AnswerType answerType,
    boolean notApplicableAllowed) {}
