package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;

/** What people send to change criteria sets; checked by {@link CriteriaService}. */
final class CriteriaRequests {

  private CriteriaRequests() {}

  /** {@code indexCappedAt100}: whether bonus points may lift the index above 100 (false) or not (true, the default). */
  record SetRequest(String name, Integer year, String level, Thresholds thresholds, Boolean indexCappedAt100) {
    SetRequest(String name, Integer year, String level, Thresholds thresholds) {
      this(name, year, level, thresholds, null);
    }
  }

  record CopyRequest(String name, Integer year) {}

  record NodeRequest(Long parentId, String code, String title, BigDecimal maxPoints, String guidance,
      String evidence, AnswerType answerType, Boolean notApplicableAllowed, String numeratorLabel,
      String denominatorLabel, List<RateBand> bands, BigDecimal pointsPerEvent, Section section, Long version) {}
}
