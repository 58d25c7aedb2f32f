package vn.partracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.assessment.CampaignFigures;
import vn.partracker.assessment.CampaignResults;
import vn.partracker.improvement.PlanView;
import vn.partracker.improvement.PlanViews;
import vn.partracker.improvement.TaskFigures;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * The score dashboard of a plan: per field what the baseline achieved, the target, what is
 * secured and what the open tasks would win back; the owner unit's index year over year and its
 * place among the units of its latest published campaign, now and if the projection comes true.
 */
@Service
@Transactional(readOnly = true)
public class ScoreService {

  public record FieldScore(String code, String title, BigDecimal max, BigDecimal achieved, BigDecimal target,
      BigDecimal secured, BigDecimal projected) {}

  /** One year of the owner unit's index: from a published campaign, a plan's baseline, or this plan's projection. */
  public record YearIndex(int year, BigDecimal index, @Nullable String classification, @Nullable Integer rank, @Nullable Integer of, Source source) {}

  public enum Source { CAMPAIGN, BASELINE, PROJECTED }

  /** The owner unit's place in its latest published campaign, and the place the projected index would take. */
  public record Ranking(long campaignId, String campaignName, int year, int rank, int of, BigDecimal index,
      int projectedRank) {}

  public record Scores(Long planId, @Nullable String planName, int year, Long ownerUnitId, String ownerUnitName,
      String assumption, BigDecimal max, BigDecimal achieved, BigDecimal target, BigDecimal projected,
      BigDecimal projectedIndex, List<FieldScore> fields, List<YearIndex> history, @Nullable Ranking ranking) {}

  static final String ASSUMPTION = "Dự báo giả định: mục có mọi nhiệm vụ đã được chấp nhận hoặc còn trong hạn sẽ đạt "
      + "mục tiêu; mục có nhiệm vụ quá hạn không được cộng điểm; điểm điều tra xã hội học giữ như năm trước; "
      + "thứ hạng dự báo giả định các đơn vị khác giữ nguyên kết quả đợt đánh giá gần nhất.";

  private final TaskFigures figures;
  private final CampaignFigures campaignFigures;
  private final PlanViews plans;
  private final CampaignResults campaignResults;
  private final UnitScope scope;
  private final Clock clock;

  ScoreService(TaskFigures figures, CampaignFigures campaignFigures, PlanViews plans, CampaignResults campaignResults,
      UnitScope scope, Clock clock) {
    this.figures = figures;
    this.campaignFigures = campaignFigures;
    this.plans = plans;
    this.campaignResults = campaignResults;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * Per field of a plan: max and achieved of the baseline, the target, the points already secured
   * (items whose every task was accepted) and the projection, which assumes that items whose tasks
   * are all accepted or still on time reach their target and items with an overdue task gain nothing.
   * A unit head sees the plans of their own units only.
   */
  public Scores scores(long planId, CurrentUser user) {
    PlanView plan = plans.get(planId);
    if (!user.seesAllUnits() && !scope.actableUnitIds(user).contains(plan.ownerUnitId())) {
      throw ApiException.forbidden("dashboard.ownUnitScoresOnly");
    }
    if (plan.baseline() == null) {
      throw ApiException.conflict("dashboard.noBaseline");
    }
    Map<Long, long[]> taskState = new HashMap<>();
    figures.itemStates(planId, LocalDate.now(clock)).forEach(i -> taskState.put(i.itemId(),
        new long[] {i.accepted(), i.overdue(), i.total()}));
    Map<String, BigDecimal[]> byField = new LinkedHashMap<>();
    for (PlanView.Field f : plan.baseline().fields()) {
      byField.put(f.code(), new BigDecimal[] {f.max(), f.achieved(), f.achieved(), f.achieved(), f.achieved()});
    }
    for (PlanView.Item item : plan.items()) {
      if (item.code() == null || item.target() == null || item.achieved() == null || item.leadUnitId() == null) {
        continue;
      }
      BigDecimal[] f = byField.get(DashboardService.field(item.code()));
      if (f == null) {
        continue;
      }
      BigDecimal gain = item.target().subtract(item.achieved()).max(BigDecimal.ZERO);
      f[2] = f[2].add(gain);
      long[] state = taskState.getOrDefault(item.id(), new long[] {0, 0, 0});
      boolean allAccepted = state[2] > 0 && state[0] == state[2];
      if (allAccepted) {
        f[3] = f[3].add(gain);
      }
      if (allAccepted || state[1] == 0) {
        f[4] = f[4].add(gain);
      }
    }
    List<FieldScore> fields = new ArrayList<>();
    Map<String, String> titles = plan.baseline().fields().stream()
        .collect(Collectors.toMap(PlanView.Field::code, PlanView.Field::title));
    byField.forEach((code, f) -> fields.add(new FieldScore(code, titles.get(code), f[0], f[1], f[2], f[3], f[4])));
    BigDecimal max = sum(fields, FieldScore::max);
    BigDecimal projected = sum(fields, FieldScore::projected);
    BigDecimal projectedIndex = max.signum() == 0 ? BigDecimal.ZERO
        : projected.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    List<CampaignResults.Results> campaigns = publishedCampaignsOf(plan.ownerUnitId(), plan.year());
    return new Scores(plan.id(), plan.name(), plan.year(), plan.ownerUnitId(), plan.ownerUnitName(), ASSUMPTION, max,
        sum(fields, FieldScore::achieved), sum(fields, FieldScore::target), projected, projectedIndex, fields,
        history(plan, campaigns, projectedIndex), ranking(plan.ownerUnitId(), campaigns, projectedIndex));
  }

  /** Published campaigns before the plan's year in which the unit was assessed, oldest first. */
  private List<CampaignResults.Results> publishedCampaignsOf(long unitId, int beforeYear) {
    return campaignFigures.publishedAssessing(unitId, beforeYear).stream()
        .map(id -> campaignResults.results(id, null)).toList();
  }

  /**
   * The unit's index per year: published campaigns first; for other years the baseline a later
   * plan of the unit recorded (official results imported with the plan); then this plan's projection.
   */
  private List<YearIndex> history(PlanView plan, List<CampaignResults.Results> campaigns, BigDecimal projectedIndex) {
    Map<Integer, YearIndex> byYear = new TreeMap<>();
    figures.baselineIndexes(plan.ownerUnitId(), plan.year()).forEach(b -> byYear.put(b.year(),
        new YearIndex(b.year(), b.index().stripTrailingZeros(), b.classification(), null, null, Source.BASELINE)));
    for (CampaignResults.Results c : campaigns) {
      own(c, plan.ownerUnitId()).filter(u -> u.index() != null).ifPresent(u -> byYear.put(c.year(),
          new YearIndex(c.year(), u.index(), u.classification(), u.rank(), c.units().size(), Source.CAMPAIGN)));
    }
    List<YearIndex> history = new ArrayList<>(byYear.values());
    history.add(new YearIndex(plan.year(), projectedIndex, null, null, null, Source.PROJECTED));
    return history;
  }

  private static Ranking ranking(long unitId, List<CampaignResults.Results> campaigns, BigDecimal projectedIndex) {
    for (int i = campaigns.size() - 1; i >= 0; i--) {
      CampaignResults.Results c = campaigns.get(i);
      var own = own(c, unitId);
      if (own.isPresent() && own.get().index() != null) {
        int projectedRank = 1 + (int) c.units().stream()
            .filter(u -> u.unitId() != unitId && u.index() != null && u.index().compareTo(projectedIndex) > 0)
            .count();
        return new Ranking(c.campaignId(), c.campaignName(), c.year(), own.get().rank(), c.units().size(),
            own.get().index(), projectedRank);
      }
    }
    return null;
  }

  private static Optional<CampaignResults.UnitResult> own(CampaignResults.Results c, long unitId) {
    return c.units().stream().filter(u -> u.unitId() == unitId).findFirst();
  }

  private static BigDecimal sum(List<FieldScore> fields, Function<FieldScore, BigDecimal> f) {
    return fields.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
