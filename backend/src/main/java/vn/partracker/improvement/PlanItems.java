package vn.partracker.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.Points;
import vn.partracker.org.UnitService;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.Limits;
import vn.partracker.shared.Message;
import vn.partracker.shared.TimeConfig;

/** Editing a draft plan's items: target, tasks, lead and supporting units, deadline; refused when stale. */
@Service
@Transactional
class PlanItems {

  /**
   * An item's edit. {@code leadUnitIds}: the lead units, principal first; {@code leadUnitId} (one
   * lead) is read when {@code leadUnitIds} is absent.
   */
  record ItemRequest(@Nullable BigDecimal target,
      @jakarta.validation.constraints.Size(max = Limits.LONG_TEXT, message = Limits.TOO_LONG) @Nullable String tasks,
      @Nullable Long leadUnitId, @Nullable List<Long> leadUnitIds, @Nullable List<Long> supportingUnitIds,
      @jakarta.validation.constraints.Size(max = Limits.TEXT, message = Limits.TOO_LONG) @Nullable String expectedOutput,
      @jakarta.validation.constraints.Size(max = Limits.TEXT, message = Limits.TOO_LONG) @Nullable String requirement,
      @jakarta.validation.constraints.Size(max = Limits.SHORT_TEXT, message = Limits.TOO_LONG) @Nullable String deadlineText,
      @Nullable LocalDate deadlineDue, @Nullable Long version) {

    List<Long> leads() {
      if (leadUnitIds != null) {
        return leadUnitIds;
      }
      return leadUnitId == null ? List.of() : List.of(leadUnitId);
    }
  }

  private final PlanItemRepository items;
  private final UnitService units;
  private final PlanItemHistory history;
  private final PlanViews views;
  private final Clock clock;

  PlanItems(PlanItemRepository items, UnitService units, PlanItemHistory history, PlanViews views, Clock clock) {
    this.items = items;
    this.units = units;
    this.history = history;
    this.views = views;
    this.clock = clock;
  }

  /** The item exists in this plan (404 otherwise). */
  @Transactional(readOnly = true)
  void requireItem(long planId, long itemId) {
    views.find(planId);
    items.findById(itemId).filter(i -> i.getPlanId() == planId)
        .orElseThrow(() -> ApiException.notFound("improvement.itemNotFound", itemId));
  }

  PlanView updateItem(long planId, long itemId, ItemRequest request) {
    return updateItem(planId, itemId, request, null);
  }

  /** {@code ifMatch}: the version from an {@code If-Match} header, when the body carries none. */
  PlanView updateItem(long planId, long itemId, ItemRequest request, Long ifMatch) {
    ImprovementPlan plan = editable(planId);
    PlanItem item = items.findById(itemId).filter(i -> i.getPlanId() == planId)
        .orElseThrow(() -> ApiException.notFound("improvement.itemNotFound", itemId));
    long version = IfMatch.required(request.version(), ifMatch, "shared.versionOf.item");
    if (version != item.getVersion()) {
      Message who = history.latest(itemId)
          .map(c -> Message.of("shared.whoAt", c.by(), TimeConfig.DATE_TIME.format(c.at().atZone(TimeConfig.ZONE))))
          .orElse(Message.of("shared.someoneElse"));
      throw IfMatch.stale(Message.of("shared.staleItem", Objects.toString(item.content().code(), "")),
          Message.of("shared.staleItemKind"), who, views.view(plan, true));
    }
    ItemContent old = item.content();
    List<ApiErrorItem> errors = new ArrayList<>();
    if (request.target() != null && old.maxPoints() != null && request.target().compareTo(old.maxPoints()) > 0) {
      errors.add(ApiErrorItem.field("target", "improvement.targetAboveMax", Points.format(old.maxPoints())));
    }
    if (request.target() != null && request.target().signum() < 0) {
      errors.add(ApiErrorItem.field("target", "improvement.targetNegative"));
    }
    List<Long> leads = request.leads();
    String leadField = request.leadUnitIds() != null ? "leadUnitIds" : "leadUnitId";
    if (leads.stream().anyMatch(id -> id == null || !units.exists(id))) {
      errors.add(ApiErrorItem.field(leadField, "improvement.leadUnitUnknown"));
    } else if (new HashSet<>(leads).size() != leads.size()) {
      errors.add(ApiErrorItem.field(leadField, "improvement.leadTwice"));
    }
    List<Long> supporting = request.supportingUnitIds() == null ? List.of() : request.supportingUnitIds();
    if (supporting.stream().anyMatch(id -> id == null || !units.exists(id))) {
      errors.add(ApiErrorItem.field("supportingUnitIds", "improvement.contributorUnknown"));
    }
    if (supporting.stream().anyMatch(leads::contains)) {
      errors.add(ApiErrorItem.field("supportingUnitIds", "shared.leadNotContributor"));
    }
    if (request.deadlineDue() != null && request.deadlineDue().getYear() != plan.getYear()
        && request.deadlineDue().getYear() != plan.getYear() + 1) {
      errors.add(ApiErrorItem.field("deadlineDue", "improvement.dueInYear", plan.getYear()));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("improvement.itemInvalid", errors);
    }
    // the published phrase stays while it still names the same units; a new choice is written as names
    String leadText = new HashSet<>(leads).equals(new HashSet<>(old.leadUnitIds())) ? old.leadText() : null;
    item.update(new ItemContent(old.code(), old.title(), old.maxPoints(), old.achievedPoints(), request.target(),
        blank(request.tasks()), leads, leadText, supporting, old.unitNote(), blank(request.expectedOutput()),
        blank(request.requirement()), blank(request.deadlineText()), request.deadlineDue()));
    plan.touch(clock.instant());
    return views.view(plan, true);
  }

  private ImprovementPlan editable(long id) {
    ImprovementPlan plan = views.find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.planApproved");
    }
    return plan;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
