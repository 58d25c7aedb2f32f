package vn.partracker.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.Points;
import vn.partracker.criteria.Thresholds;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.ProcessRef;

/**
 * Improvement plans as people read them: the list, one plan with its items, work and baseline,
 * a task's process for the case view; and the plan lookup the other plan classes share.
 */
@Service
@Transactional(readOnly = true)
public class PlanViews {

  private final ImprovementPlanRepository plans;
  private final PlanItemRepository items;
  private final BaselineFieldRepository baselines;
  private final ImprovementTaskRepository tasks;
  private final UnitService units;
  private final UserService users;
  private final PlanActivation activation;

  PlanViews(ImprovementPlanRepository plans, PlanItemRepository items, BaselineFieldRepository baselines,
      ImprovementTaskRepository tasks, UnitService units, UserService users, PlanActivation activation) {
    this.plans = plans;
    this.items = items;
    this.baselines = baselines;
    this.tasks = tasks;
    this.units = units;
    this.users = users;
    this.activation = activation;
  }

  public List<PlanView> list() {
    return plans.findAllByOrderByYearDescIdDesc().stream().map(p -> view(p, false)).toList();
  }

  public PlanView get(long id) {
    return view(find(id), true);
  }

  /** The plan's name, without loading its items; 404 for an unknown plan. */
  public String name(long id) {
    return find(id).getName();
  }

  /** A task occurrence's process and its lead and supporting units, for the case view. */
  public ProcessRef taskProcess(long taskId) {
    ImprovementTask task = tasks.findById(taskId)
        .orElseThrow(() -> ApiException.notFound("improvement.taskNotFound", taskId));
    ItemContent c = items.findById(task.getItemId()).orElseThrow().content();
    Set<Long> unitIds = new HashSet<>(task.isPrincipal() ? c.supportingUnitIds() : List.of());
    unitIds.add(task.getLeadUnitId());
    String title = (c.code() == null ? "" : c.code() + " – ") + c.title() + " (" + task.getLabel() + ")";
    return new ProcessRef(title, task.getProcessInstanceId(), unitIds);
  }

  /** The plan, or 404. */
  ImprovementPlan find(long id) {
    return plans.findById(id).orElseThrow(() -> ApiException.notFound("improvement.planNotFound", id));
  }

  List<PlanView.Field> baselineFields(long planId) {
    return baselines.findByPlanIdOrderByCodeAsc(planId).stream()
        .sorted(Comparator.comparing(BaselineField::getCode, Comparator.comparingInt(Integer::parseInt)))
        .map(b -> new PlanView.Field(b.getCode(), b.getTitle(), Points.clean(b.getMaxPoints()),
            Points.clean(b.getAchievedPoints())))
        .toList();
  }

  /** Totals, index (achieved / max × 100) and classification of the baseline fields, if any. */
  static PlanView.Baseline baseline(List<PlanView.Field> fields) {
    if (fields.isEmpty()) {
      return null;
    }
    BigDecimal max = fields.stream().map(PlanView.Field::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal achieved = fields.stream().map(PlanView.Field::achieved).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal index = max.signum() == 0 ? BigDecimal.ZERO
        : achieved.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    return new PlanView.Baseline(Points.clean(max), Points.clean(achieved), Points.clean(index),
        Thresholds.DEFAULT.classify(index).name(), fields);
  }

  PlanView view(ImprovementPlan plan, boolean withItems) {
    Map<Long, String> names = unitNames();
    Map<Long, List<PlanView.Work>> work = withItems
        ? tasks.findByPlanIdOrderByDueOnAsc(plan.getId()).stream().collect(Collectors.groupingBy(
            ImprovementTask::getItemId, Collectors.mapping(t -> new PlanView.Work(t.getId(), t.getLeadUnitId(),
                names.get(t.getLeadUnitId()), t.getLabel(), t.getDueOn(), t.getStatus().name(), t.isOverdue()),
                Collectors.toList())))
        : Map.of();
    List<PlanView.Item> itemViews = withItems
        ? items.findByPlanIdOrderByPositionAsc(plan.getId()).stream()
            .map(i -> item(i.getId(), i.getSourceRow(), i.content(), plan.getYear(), names,
                work.getOrDefault(i.getId(), List.of()), i.getVersion())).toList()
        : List.of();
    PlanView.Baseline baseline = plan.getBaselineMax() == null ? null
        : new PlanView.Baseline(Points.clean(plan.getBaselineMax()), Points.clean(plan.getBaselineAchieved()),
            Points.clean(plan.getBaselineIndex()), plan.getBaselineClassification(),
            withItems ? baselineFields(plan.getId()) : List.of());
    return new PlanView(plan.getId(), plan.getName(), plan.getYear(), plan.getOwnerUnitId(),
        names.get(plan.getOwnerUnitId()), plan.getCampaignId(), plan.getStatus().name(), plan.getSource().name(),
        baseline, itemViews, (int) tasks.countByPlanId(plan.getId()), plan.getApprovedBy() == null ? null
        : users.displayNames(List.of(plan.getApprovedBy())).apply(plan.getApprovedBy()), plan.getApprovedAt(),
        plan.getActivatedAt(), plan.getUpdatedAt(), activationOf(plan));
  }

  /** While ACTIVATING, the job's counts under the plan's status as this transaction has it (perhaps not yet flushed). */
  private PlanActivation.Progress activationOf(ImprovementPlan plan) {
    if (plan.getStatus() != ImprovementPlan.Status.ACTIVATING) {
      return null;
    }
    return activation.progress(plan.getId())
        .map(p -> new PlanActivation.Progress(plan.getStatus().name(), p.total(), p.started(), p.error())).orElse(null);
  }

  static PlanView.Item item(Long id, Integer row, ItemContent c, Integer year, Map<Long, String> names,
      List<PlanView.Work> work, Long version) {
    int planYear = year == null ? LocalDate.now().getYear() : year;
    Deadline deadline = c.deadlineDue() == null ? DeadlineParser.parse(c.deadlineText(), planYear)
        : new Deadline.OnDate(c.deadlineDue(), Objects.toString(c.deadlineText(), ""));
    List<Deadline.Occurrence> occurrences = deadline.occurrences(planYear, LocalDate.of(planYear, 1, 1));
    PlanView.DeadlineView deadlineView = new PlanView.DeadlineView(deadline.kind().name(), c.deadlineText(),
        occurrences.isEmpty() ? null : occurrences.get(0).dueOn(), occurrences.size(),
        deadline.kind() == Deadline.Kind.UNPARSED, c.deadlineDue());
    return new PlanView.Item(id, row, c.code(), c.title(), clean(c.maxPoints()), clean(c.achievedPoints()),
        clean(c.targetPoints()), c.tasks(), c.principalLeadId(), names.get(c.principalLeadId()), c.leadUnitIds(),
        c.leadUnitIds().stream().map(names::get).toList(), c.leadText(), c.supportingUnitIds(),
        c.supportingUnitIds().stream().map(names::get).toList(), c.unitNote(), c.expectedOutput(), c.requirement(),
        deadlineView, work, version);
  }

  Map<Long, String> unitNames() {
    return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
  }

  static String title(ItemContent c, Deadline.Occurrence occurrence) {
    String criterion = c.code() == null ? c.title() : "TC " + c.code() + " – " + c.title();
    return criterion + " (" + occurrence.label() + ")";
  }

  private static BigDecimal clean(BigDecimal value) {
    return value == null ? null : Points.clean(value);
  }
}
