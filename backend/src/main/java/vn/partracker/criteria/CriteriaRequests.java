package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.lang.Nullable;

/** What people send to change criteria sets; checked by {@link CriteriaService}. */
final class CriteriaRequests {

  private CriteriaRequests() {}

  /**
   * {@code thresholds}: the default ones when null; {@code indexCappedAt100}: whether bonus points may lift the index
   * above 100 (false) or not (true, the default, also when null).
   */
  record SetRequest(String name, Integer year, String level, @Nullable Thresholds thresholds, @Nullable Boolean indexCappedAt100) {
    SetRequest(String name, Integer year, String level, Thresholds thresholds) {
      this(name, year, level, thresholds, null);
    }
  }

  record CopyRequest(String name, Integer year) {}

  record NodeRequest(@Nullable Long parentId, String code, String title, BigDecimal maxPoints, @Nullable String guidance,
      @Nullable String evidence, AnswerType answerType, Boolean notApplicableAllowed, @Nullable String numeratorLabel,
      @Nullable String denominatorLabel, List<RateBand> bands, @Nullable BigDecimal pointsPerEvent, @Nullable Section section, @Nullable Long version) {}
}
