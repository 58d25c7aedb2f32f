package vn.partracker.improvement;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.assessment.CampaignResults;
import vn.partracker.criteria.ResponsibilityService;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * A draft plan generated from a published campaign's loss analysis for one assessed unit.
 */
@Service
@Transactional
class PlanGeneration {

  private final ImprovementPlanRepository plans;
  private final PlanItemRepository items;
  private final BaselineFieldRepository baselines;
  private final CampaignResults campaignResults;
  private final ResponsibilityService responsibilities;
  private final UnitScope scope;
  private final PlanViews views;
  private final Clock clock;

  PlanGeneration(ImprovementPlanRepository plans, PlanItemRepository items, BaselineFieldRepository baselines,
      CampaignResults campaignResults, ResponsibilityService responsibilities, UnitScope scope, PlanViews views,
      Clock clock) {
    this.plans = plans;
    this.items = items;
    this.baselines = baselines;
    this.campaignResults = campaignResults;
    this.responsibilities = responsibilities;
    this.scope = scope;
    this.views = views;
    this.clock = clock;
  }

  /**
   * A draft plan from a published campaign's loss analysis for one assessed unit: one item per
   * scored item below its max, target = max, lead and supporting units from the responsibility
   * matrix when they belong to the unit (an office of a district), else the unit itself (a commune).
   */
  PlanView generate(long campaignId, long unitId, CurrentUser user) {
    CampaignResults.Results results = campaignResults.results(campaignId, user);
    if (!results.published()) {
      throw ApiException.conflict("improvement.onlyFromPublished");
    }
    CampaignResults.UnitResult result = results.units().stream().filter(u -> u.unitId() == unitId).findFirst()
        .orElseThrow(() -> ApiException.notFound("improvement.unitNotInResults"));
    Set<Long> subtree = scope.subtree(unitId);
    int year = results.year() + 1;
    ImprovementPlan plan = plans.save(new ImprovementPlan("Kế hoạch khắc phục, nâng cao Chỉ số CCHC năm " + year
        + " – " + result.unitName(), year, unitId, ImprovementPlan.Source.GENERATED, clock.instant()));
    plan.drawnUpFrom(campaignId);
    int position = 0;
    for (CampaignResults.Loss loss : campaignResults.losses(campaignId, unitId, user)) {
      var assignment = responsibilities.effective(results.criteriaSetId(), loss.code());
      Long lead = assignment.map(ResponsibilityService.Assignment::leadUnitId).filter(subtree::contains).orElse(unitId);
      List<Long> supporting = assignment.map(a -> a.supportingUnitIds().stream()
          .filter(id -> subtree.contains(id) && !id.equals(lead)).toList()).orElse(List.of());
      items.save(new PlanItem(plan.getId(), position++, null, new ItemContent(loss.code(), loss.title(), loss.max(),
          loss.achieved(), loss.max(), loss.reason() == null ? null : "Khắc phục: " + loss.reason(), List.of(lead),
          null, supporting, null, null, null, null, null)));
    }
    for (var field : result.fields()) {
      baselines.save(new BaselineField(plan.getId(), field.code(), field.title(), field.max(), field.achieved()));
    }
    plan.baseline(result.max(), result.achieved(), result.index(), result.classification());
    return views.view(plan, true);
  }
}
