package vn.partracker.dashboard;

import org.springframework.lang.Nullable;
/**
 * Optional narrowing of the task dashboards (query parameters): one plan, lead units of one
 * level, the plans drawn up from one assessment campaign's results. Null: no filter.
 */
public record DashboardFilter(@Nullable Long planId, @Nullable String level, @Nullable Long campaignId) {

  public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

  public DashboardFilter {
    level = level == null || level.isBlank() ? null : level;
  }
}
