package vn.partracker.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import java.util.Set;
import vn.partracker.assessment.CampaignResults;
import vn.partracker.criteria.Points;
import vn.partracker.criteria.ResponsibilityService;
import vn.partracker.criteria.Thresholds;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.UnitPhrases;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.reminder.ReminderService;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.Limits;
import vn.partracker.shared.Message;
import vn.partracker.shared.ProcessRef;
import vn.partracker.shared.TableReader;
import vn.partracker.shared.TimeConfig;

/** Improvement plans: import, review and approval, activation into task processes, closing. */
@Service
@Transactional
public class PlanService {

  /** Task processes a chunk of a plan's activation starts at least (whole items), in one engine command. */
  public static final int STARTS_PER_COMMAND = 500;

  /**
   * What an import preview shows: the items, the baseline, the problems of the file, and the open
   * questions: unit phrases that name no unit or several ({@code unknownUnits}: the same, by name).
   */
  public record Preview(PlanView plan, List<ApiErrorItem> errors, List<PlanTable.UnknownUnit> unknownUnits,
      List<Question> questions) {}

  /** A unit a question suggests. */
  public record Candidate(long unitId, String name) {}

  /** An open question of an import: a phrase of one cell that names no unit, or several. */
  public record Question(int row, String column, String phrase, List<Candidate> candidates) {}

  /**
   * A person's answer to a question: the units the phrase names (saved as an alias of each), or
   * {@code note: true} to keep the phrase as a note on the item.
   */
  public record Answer(Integer row, String column, String phrase, @Nullable List<Long> unitIds, @Nullable Boolean note) {

    boolean isNote() {
      return Boolean.TRUE.equals(note);
    }

    List<Long> units() {
      return unitIds == null ? List.of() : unitIds;
    }
  }

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

  private final ImprovementPlanRepository plans;
  private final PlanItemRepository items;
  private final BaselineFieldRepository baselines;
  private final ImprovementTaskRepository tasks;
  private final UnitService units;
  private final TableReader reader;
  private final RuntimeService runtime;
  private final CampaignResults campaignResults;
  private final ReminderService reminders;
  private final UnitScope scope;
  private final ResponsibilityService responsibilities;
  private final PlanItemHistory history;
  private final Clock clock;

  private final UserService users;
  private final PlanActivation activation;

  PlanService(ImprovementPlanRepository plans, PlanItemRepository items, BaselineFieldRepository baselines,
      ImprovementTaskRepository tasks, UnitService units, TableReader reader, RuntimeService runtime,
      CampaignResults campaignResults, ResponsibilityService responsibilities, ReminderService reminders,
      UnitScope scope, PlanItemHistory history, Clock clock, UserService users, PlanActivation activation) {
    this.activation = activation;
    this.history = history;
    this.users = users;
    this.reminders = reminders;
    this.scope = scope;
    this.campaignResults = campaignResults;
    this.responsibilities = responsibilities;
    this.plans = plans;
    this.items = items;
    this.baselines = baselines;
    this.tasks = tasks;
    this.units = units;
    this.reader = reader;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<PlanView> list() {
    return plans.findAllByOrderByYearDescIdDesc().stream().map(p -> view(p, false)).toList();
  }

  @Transactional(readOnly = true)
  public PlanView get(long id) {
    return view(find(id), true);
  }

  /** The plan's name, without loading its items; 404 for an unknown plan. */
  @Transactional(readOnly = true)
  public String name(long id) {
    return find(id).getName();
  }

  /** A task occurrence's process and its lead and supporting units, for the case view. */
  @Transactional(readOnly = true)
  public ProcessRef taskProcess(long taskId) {
    ImprovementTask task = tasks.findById(taskId)
        .orElseThrow(() -> ApiException.notFound("improvement.taskNotFound", taskId));
    ItemContent c = items.findById(task.getItemId()).orElseThrow().content();
    Set<Long> unitIds = new HashSet<>(task.isPrincipal() ? c.supportingUnitIds() : List.of());
    unitIds.add(task.getLeadUnitId());
    String title = (c.code() == null ? "" : c.code() + " – ") + c.title() + " (" + task.getLabel() + ")";
    return new ProcessRef(title, task.getProcessInstanceId(), unitIds);
  }

  /** Reads a plan appendix without saving anything. */
  @Transactional(readOnly = true)
  public Preview preview(MultipartFile file, Integer year, Long ownerUnitId) {
    PlanTable.Parsed parsed = parse(file, year, ownerUnitId);
    Map<Long, String> names = unitNames();
    List<PlanView.Item> previewItems = new ArrayList<>();
    for (PlanTable.Row row : parsed.rows()) {
      previewItems.add(item(null, row.row(), row.content(), year, names, List.of(), null));
    }
    PlanView.Baseline baseline = baseline(parsed.baseline().stream()
        .map(b -> new PlanView.Field(b.code(), b.title(), b.max(), b.achieved())).toList());
    PlanView plan = new PlanView(null, null, year, ownerUnitId, names.get(ownerUnitId), null, "DRAFT", "IMPORT", baseline,
        previewItems, 0, null, null, null, null, null);
    List<Question> questions = parsed.unknownUnits().stream().map(u -> new Question(u.row(), u.column(), u.name(),
        u.candidates().stream().map(c -> new Candidate(c.id(), c.name())).toList())).toList();
    return new Preview(plan, parsed.otherErrors(), parsed.unknownUnits(), questions);
  }

  /** Imports a plan appendix: all rows or nothing. */
  public PlanView importPlan(MultipartFile file, Integer year, Long ownerUnitId, String name) {
    return importPlan(file, year, ownerUnitId, name, List.of());
  }

  /**
   * Imports a plan appendix with the answers to the preview's questions: a unit answer is saved as an
   * alias of each unit it names (the next file with the phrase asks nothing), a note answer keeps the
   * phrase as the item's note; all rows or nothing, the aliases included.
   */
  public PlanView importPlan(MultipartFile file, Integer year, Long ownerUnitId, String name, List<Answer> answers) {
    vn.partracker.shared.Table table = reader.read(file, TableReader.MAX_ROWS_PLAN);
    checkPlanFields(year, ownerUnitId);
    return importPlan(table, year, ownerUnitId, name, answer(answers, ownerUnitId));
  }

  PlanView importPlan(vn.partracker.shared.Table table, Integer year, Long ownerUnitId, String name) {
    return importPlan(table, year, ownerUnitId, name, Set.of());
  }

  private PlanView importPlan(vn.partracker.shared.Table table, Integer year, Long ownerUnitId, String name,
      Set<PlanTable.NoteAnswer> notes) {
    checkPlanFields(year, ownerUnitId);
    PlanTable.Parsed parsed = PlanTable.parse(table, new UnitPhrases(units.all(), ownerUnitId), notes);
    if (!parsed.unknownErrors().isEmpty() && parsed.otherErrors().isEmpty()) {
      throw ApiException.invalid(Message.of("improvement.unknownNamesLeft", parsed.unknownErrors().size()), parsed.errors());
    }
    if (!parsed.errors().isEmpty()) {
      throw ApiException.invalid(Message.of("shared.tableErrors", parsed.errors().size()), parsed.errors());
    }
    String planName = name == null || name.isBlank()
        ? "Kế hoạch nâng cao Chỉ số CCHC năm " + year + " – " + unitNames().get(ownerUnitId) : name.strip();
    ImprovementPlan plan = plans.save(new ImprovementPlan(planName, year, ownerUnitId, ImprovementPlan.Source.IMPORT,
        clock.instant()));
    int position = 0;
    for (PlanTable.Row row : parsed.rows()) {
      items.save(new PlanItem(plan.getId(), position++, row.row(), row.content()));
    }
    for (PlanTable.BaselineRow b : parsed.baseline()) {
      baselines.save(new BaselineField(plan.getId(), b.code(), b.title(), b.max(), b.achieved()));
    }
    PlanView.Baseline baseline = baseline(baselineFields(plan.getId()));
    if (baseline != null) {
      plan.baseline(baseline.totalMax(), baseline.totalAchieved(), baseline.index(), baseline.classification());
    }
    return view(plan, true);
  }

  /**
   * A draft plan from a published campaign's loss analysis for one assessed unit: one item per
   * scored item below its max, target = max, lead and supporting units from the responsibility
   * matrix when they belong to the unit (an office of a district), else the unit itself (a commune).
   */
  public PlanView generate(long campaignId, long unitId, CurrentUser user) {
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
    return view(plan, true);
  }

  /** The item exists in this plan (404 otherwise). */
  @Transactional(readOnly = true)
  public void requireItem(long planId, long itemId) {
    find(planId);
    items.findById(itemId).filter(i -> i.getPlanId() == planId)
        .orElseThrow(() -> ApiException.notFound("improvement.itemNotFound", itemId));
  }

  public PlanView updateItem(long planId, long itemId, ItemRequest request) {
    return updateItem(planId, itemId, request, null);
  }

  /** {@code ifMatch}: the version from an {@code If-Match} header, when the body carries none. */
  public PlanView updateItem(long planId, long itemId, ItemRequest request, Long ifMatch) {
    ImprovementPlan plan = editable(planId);
    PlanItem item = items.findById(itemId).filter(i -> i.getPlanId() == planId)
        .orElseThrow(() -> ApiException.notFound("improvement.itemNotFound", itemId));
    long version = IfMatch.required(request.version(), ifMatch, "shared.versionOf.item");
    if (version != item.getVersion()) {
      Message who = history.latest(itemId)
          .map(c -> Message.of("shared.whoAt", c.by(), TimeConfig.DATE_TIME.format(c.at().atZone(TimeConfig.ZONE))))
          .orElse(Message.of("shared.someoneElse"));
      throw IfMatch.stale(Message.of("shared.staleItem", Objects.toString(item.content().code(), "")),
          Message.of("shared.staleItemKind"), who, view(plan, true));
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
    return view(plan, true);
  }

  public PlanView approve(long id, String by) {
    ImprovementPlan plan = find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.approveOnlyDraft");
    }
    plan.approve(by, clock.instant());
    return view(plan, true);
  }

  /**
   * Activation: one {@code improvement-task} process per occurrence and lead unit of every item with
   * work (an item led by several units, joint leads or a group such as "UBND các xã", gives each unit
   * its own task, in its own inbox, with its own report). Returns at once with the plan ACTIVATING;
   * {@link PlanActivation}'s worker starts the tasks in chunks and makes the plan ACTIVE. A repeated
   * request (a retry after a proxy time-out) answers the plan as it is.
   */
  public PlanView activate(long id) {
    ImprovementPlan plan = find(id);
    if (plan.getStatus() == ImprovementPlan.Status.ACTIVATING) {
      return view(plan, true);
    }
    if (plan.getStatus() != ImprovementPlan.Status.APPROVED) {
      throw ApiException.conflict("improvement.approveBeforeActivate");
    }
    activation.begin(plan);
    return view(plan, true);
  }

  /**
   * Activates and starts every task in this transaction, through the worker's chunks (demo data at
   * start-up, tests that build their data through services): the plan is ACTIVE on return.
   */
  public PlanView activateNow(long id) {
    activate(id);
    if (!activation.runHere(id)) {
      throw new IllegalStateException("Plan " + id + " is activated by another worker");
    }
    return view(find(id), true);
  }

  /** The progress of a plan's activation (404 for an unknown plan). */
  @Transactional(readOnly = true)
  public PlanActivation.Progress activation(long id) {
    return activation.progress(id).orElseThrow(() -> ApiException.notFound("improvement.planNotFound", id));
  }

  /** Closes the plan and cancels the work still open. */
  public PlanView close(long id) {
    ImprovementPlan plan = find(id);
    if (plan.getStatus() == ImprovementPlan.Status.CLOSED) {
      throw ApiException.conflict("improvement.planClosed");
    }
    if (plan.getStatus() == ImprovementPlan.Status.ACTIVATING) {
      throw ApiException.conflict("improvement.planActivating");
    }
    for (ImprovementTask task : tasks.findByPlanIdOrderByDueOnAsc(id)) {
      if (!task.isClosed() && task.getProcessInstanceId() != null) {
        if (runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() > 0) {
          runtime.deleteProcessInstance(task.getProcessInstanceId(), "Kế hoạch đã đóng");
        }
        task.cancel(clock.instant());
        reminders.untrack(ImprovementProcess.SUBJECT_TYPE, String.valueOf(task.getId()));
      }
    }
    plan.close(clock.instant());
    return view(plan, true);
  }

  public void delete(long id) {
    ImprovementPlan plan = find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.deleteOnlyDraft");
    }
    plans.delete(plan);
  }

  static String title(ItemContent c, Deadline.Occurrence occurrence) {
    String criterion = c.code() == null ? c.title() : "TC " + c.code() + " – " + c.title();
    return criterion + " (" + occurrence.label() + ")";
  }

  private PlanTable.Parsed parse(MultipartFile file, Integer year, Long ownerUnitId) {
    checkPlanFields(year, ownerUnitId);
    return PlanTable.parse(reader.read(file, TableReader.MAX_ROWS_PLAN), new UnitPhrases(units.all(), ownerUnitId));
  }

  /**
   * Checks the answers (every problem by {@code answers[i].field}), saves each unit answer as an
   * alias of its units within the owner's subtree, and returns the phrases kept as notes.
   */
  private Set<PlanTable.NoteAnswer> answer(List<Answer> answers, long ownerUnitId) {
    List<Answer> all = answers == null ? List.of() : answers;
    Set<Long> subtree = scope.subtree(ownerUnitId);
    List<ApiErrorItem> errors = new ArrayList<>();
    Map<String, Answer> byPhrase = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Answer a = all.get(i);
      String at = "answers[" + i + "]";
      if (a == null) {
        errors.add(ApiErrorItem.field(at, "improvement.answersEmpty"));
        continue;
      }
      if (a.row() == null || a.row() < 1) {
        errors.add(ApiErrorItem.field(at + ".row", "improvement.answerRowRequired"));
      }
      if (a.column() == null || a.column().isBlank()) {
        errors.add(ApiErrorItem.field(at + ".column", "improvement.answerColumnRequired"));
      }
      String key = vn.partracker.org.UnitNames.key(a.phrase());
      if (key.isEmpty()) {
        errors.add(ApiErrorItem.field(at + ".phrase", "improvement.answerPhraseRequired"));
      } else if (a.phrase().strip().length() > 255) {
        errors.add(ApiErrorItem.field(at + ".phrase", "improvement.answerPhraseTooLong"));
      }
      if (a.isNote() == !a.units().isEmpty()) {
        errors.add(ApiErrorItem.field(at, "improvement.answerUnitsOrNote"));
      } else if (a.units().stream().anyMatch(id -> id == null || !subtree.contains(id))) {
        errors.add(ApiErrorItem.field(at + ".unitIds", "improvement.answerUnitOutside"));
      } else if (!key.isEmpty()) {
        Answer earlier = byPhrase.putIfAbsent(key, a);
        if (earlier != null && (earlier.isNote() != a.isNote()
            || !new HashSet<>(earlier.units()).equals(new HashSet<>(a.units())))) {
          errors.add(ApiErrorItem.field(at, "improvement.answerConflict", a.phrase().strip()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("improvement.answersInvalid", errors);
    }
    Set<PlanTable.NoteAnswer> notes = new HashSet<>();
    Map<Long, UnitView> known = new HashMap<>();
    units.all().forEach(u -> known.put(u.id(), u));
    for (Answer a : all) {
      String key = vn.partracker.org.UnitNames.key(a.phrase());
      if (a.isNote()) {
        notes.add(new PlanTable.NoteAnswer(a.row(), a.column().strip(), key));
        continue;
      }
      for (Long unitId : new java.util.LinkedHashSet<>(a.units())) {
        UnitView unit = known.get(unitId);
        boolean has = unit.aliases().stream().anyMatch(x -> vn.partracker.org.UnitNames.key(x).equals(key));
        if (!has) {
          known.put(unitId, units.addAlias(unitId, a.phrase().strip()));
        }
      }
    }
    return notes;
  }

  private void checkPlanFields(Integer year, Long ownerUnitId) {
    List<ApiErrorItem> errors = new ArrayList<>();
    if (year == null || year < 2000 || year > 2100) {
      errors.add(ApiErrorItem.field("year", "improvement.planYearRange"));
    }
    if (ownerUnitId == null || !units.exists(ownerUnitId)) {
      errors.add(ApiErrorItem.field("ownerUnitId", "improvement.issuerRequired"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("improvement.planInvalid", errors);
    }
  }

  ImprovementPlan find(long id) {
    return plans.findById(id).orElseThrow(() -> ApiException.notFound("improvement.planNotFound", id));
  }

  private ImprovementPlan editable(long id) {
    ImprovementPlan plan = find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.planApproved");
    }
    return plan;
  }

  private List<PlanView.Field> baselineFields(long planId) {
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

  private static PlanView.Item item(Long id, Integer row, ItemContent c, Integer year, Map<Long, String> names,
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

  private Map<Long, String> unitNames() {
    return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
  }

  private static BigDecimal clean(BigDecimal value) {
    return value == null ? null : Points.clean(value);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
