package vn.partracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaNodeView;
import vn.partracker.criteria.CriteriaService;
import vn.partracker.criteria.CriteriaSetView;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UserService;
import vn.partracker.org.UnitView;
import vn.partracker.reminder.Deadline;
import vn.partracker.reminder.ReminderService;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.ProcessRef;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.ProcessDates;
import org.springframework.context.ApplicationEventPublisher;
import vn.partracker.reminder.HandOver;
import vn.partracker.shared.Role;

/** Campaigns: creation starts the process; council set-up, approval and publication move it on. */
@Service
@Transactional
public class CampaignService {

  record CreateRequest(String name, Integer year, Long criteriaSetId, List<Long> assessedUnitIds,
      @Nullable LocalDate councilDeadline, @Nullable LocalDate selfAssessmentDeadline, @Nullable LocalDate appraisalDeadline, @Nullable String sipasCode) {}

  record CouncilRequest(String members, String chair, @Nullable String secretary) {}

  private final CampaignRepository campaigns;
  private final AssessedUnitRepository assessed;
  private final AnswerRepository answers;
  private final CriteriaService criteria;
  private final UnitService units;
  private final UnitScope scope;
  private final RuntimeService runtime;
  private final TaskService engineTasks;
  private final ReminderService reminders;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  private final UserService users;

  CampaignService(CampaignRepository campaigns, AssessedUnitRepository assessed, AnswerRepository answers,
      CriteriaService criteria, UnitService units, UnitScope scope, RuntimeService runtime, TaskService engineTasks,
      ReminderService reminders, ApplicationEventPublisher events, Clock clock, UserService users) {
    this.users = users;
    this.reminders = reminders;
    this.events = events;
    this.campaigns = campaigns;
    this.assessed = assessed;
    this.answers = answers;
    this.criteria = criteria;
    this.units = units;
    this.scope = scope;
    this.runtime = runtime;
    this.engineTasks = engineTasks;
    this.clock = clock;
  }

  public CampaignView create(CreateRequest r, CurrentUser user) {
    List<ApiErrorItem> errors = new ArrayList<>();
    String name = r.name() == null ? "" : r.name().strip();
    if (name.isEmpty() || name.length() > 500) {
      errors.add(ApiErrorItem.field("name", "assessment.campaignNameLength"));
    }
    if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
      errors.add(ApiErrorItem.field("year", "shared.yearRange"));
    }
    CriteriaSetView set = null;
    if (r.criteriaSetId() == null) {
      errors.add(ApiErrorItem.field("criteriaSetId", "assessment.criteriaSetRequired"));
    } else {
      try {
        set = criteria.get(r.criteriaSetId(), true);
        if (!set.published()) {
          errors.add(ApiErrorItem.field("criteriaSetId", "assessment.criteriaSetNotPublished"));
        }
      } catch (ApiException e) {
        errors.add(ApiErrorItem.field("criteriaSetId", e.detail()));
      }
    }
    Set<Long> unitIds = new LinkedHashSet<>(r.assessedUnitIds() == null ? List.of() : r.assessedUnitIds());
    if (unitIds.isEmpty()) {
      errors.add(ApiErrorItem.field("assessedUnitIds", "assessment.unitsRequired"));
    } else if (unitIds.stream().anyMatch(id -> id == null || !units.exists(id))) {
      errors.add(ApiErrorItem.field("assessedUnitIds", "assessment.unitUnknown"));
    }
    int year = r.year() == null ? LocalDate.now(clock).getYear() : r.year();
    // defaults of seed 002: council by 30/10, self-assessment by 05/11, results by 20/11
    LocalDate council = r.councilDeadline() != null ? r.councilDeadline() : LocalDate.of(year, 10, 30);
    LocalDate self = r.selfAssessmentDeadline() != null ? r.selfAssessmentDeadline() : LocalDate.of(year, 11, 5);
    LocalDate appraisal = r.appraisalDeadline() != null ? r.appraisalDeadline() : LocalDate.of(year, 11, 20);
    if (self.isAfter(appraisal)) {
      errors.add(ApiErrorItem.field("appraisalDeadline", "assessment.publishAfterSelfAssessment"));
    }
    if (council.isAfter(appraisal)) {
      errors.add(ApiErrorItem.field("councilDeadline", "assessment.councilBeforePublish"));
    }
    String sipas = r.sipasCode() == null || r.sipasCode().isBlank() ? null : r.sipasCode().strip();
    if (sipas != null && set != null && leaves(set).stream().noneMatch(n -> n.code().equals(sipas))) {
      errors.add(ApiErrorItem.field("sipasCode", "assessment.sipasNotInSet", sipas));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.campaignInvalid", errors);
    }
    Campaign campaign = campaigns.save(new Campaign(name, year, r.criteriaSetId(), user.unitId(), council, self,
        appraisal, sipas, clock.instant()));
    List<Long> assessedIds = new ArrayList<>();
    for (Long unitId : unitIds) {
      assessedIds.add(assessed.save(new AssessedUnit(campaign.getId(), unitId)).getId());
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(CampaignProcess.VAR_CAMPAIGN_ID, campaign.getId());
    vars.put(CampaignProcess.VAR_SUBJECT_ID, campaign.getId());
    vars.put(CampaignProcess.VAR_CAMPAIGN_UNIT_IDS, assessedIds);
    vars.put(CampaignProcess.VAR_COUNCIL_DUE, ProcessDates.at(council, 17));
    vars.put(CampaignProcess.VAR_SELF_DUE, ProcessDates.at(self, 17));
    vars.put(CampaignProcess.VAR_APPRAISAL_DUE, ProcessDates.at(appraisal, 17));
    campaign.started(runtime.startProcessInstanceByKey(CampaignProcess.KEY, "CAMPAIGN:" + campaign.getId(), vars)
        .getId());
    if (user.unitId() != null) {
      reminders.track(new Deadline(CampaignProcess.CAMPAIGN_SUBJECT, String.valueOf(campaign.getId()),
          "Thành lập Hội đồng thẩm định – " + name, user.unitId(), council, "/campaigns/" + campaign.getId(),
          "CAMPAIGN:" + campaign.getId()));
    }
    return view(campaign, user);
  }

  @Transactional(readOnly = true)
  public List<CampaignView> list(CurrentUser user) {
    return campaigns.findAllByOrderByYearDescIdDesc().stream()
        .map(c -> view(c, user))
        .filter(v -> user.seesAllUnits() || !v.units().isEmpty())
        .toList();
  }

  @Transactional(readOnly = true)
  public CampaignView get(long id, CurrentUser user) {
    CampaignView view = view(find(id), user);
    if (!user.seesAllUnits() && view.units().isEmpty()) {
      throw ApiException.forbidden("assessment.yourUnitNotInCampaign");
    }
    return view;
  }

  /** A campaign's process and its assessed units, for the case view. */
  @Transactional(readOnly = true)
  public ProcessRef campaignProcess(long id) {
    Campaign campaign = find(id);
    return new ProcessRef(campaign.getName(), campaign.getProcessInstanceId(),
        assessed.findByCampaignIdOrderByIdAsc(id).stream().map(AssessedUnit::getUnitId)
            .collect(Collectors.toSet()));
  }

  public CampaignView setUpCouncil(long id, CouncilRequest r, CurrentUser user) {
    Campaign campaign = find(id);
    List<ApiErrorItem> errors = new ArrayList<>();
    if (r == null || r.members() == null || r.members().isBlank()) {
      errors.add(ApiErrorItem.field("members", "assessment.councilMembersRequired"));
    }
    if (r == null || r.chair() == null || r.chair().isBlank()) {
      errors.add(ApiErrorItem.field("chair", "assessment.councilChairRequired"));
    }
    if (r != null && ((r.members() != null && r.members().length() > 4000)
        || (r.chair() != null && r.chair().length() > 255)
        || (r.secretary() != null && r.secretary().length() > 255))) {
      errors.add(ApiErrorItem.field("members", "assessment.textTooLong"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("assessment.councilInvalid", errors);
    }
    Task task = openTask(campaign.getProcessInstanceId(), CampaignProcess.TASK_SET_UP_COUNCIL)
        .orElseThrow(() -> ApiException.conflict("assessment.councilAlreadyFormed"));
    campaign.councilSetUp(r.members().strip(), r.chair().strip(), r.secretary() == null ? null : r.secretary().strip(),
        clock.instant());
    engineTasks.setAssignee(task.getId(), user.getUsername());
    engineTasks.complete(task.getId());
    reminders.untrack(CampaignProcess.CAMPAIGN_SUBJECT, String.valueOf(id));
    return view(campaign, user);
  }

  /** The chairman approves; the process then publishes the results. */
  public CampaignView approve(long id, CurrentUser user) {
    Campaign campaign = find(id);
    Task task = openTask(campaign.getProcessInstanceId(), CampaignProcess.TASK_APPROVE)
        .orElseThrow(() -> ApiException.conflict(
            "assessment.cannotApprove"));
    campaign.approve(user.getUsername(), clock.instant());
    engineTasks.setAssignee(task.getId(), user.getUsername());
    events.publishEvent(new HandOver(HandOver.Kind.APPROVED, CampaignProcess.CAMPAIGN_SUBJECT,
        String.valueOf(campaign.getId()), task.getId(), campaign.getName(), null, user.getUsername(), null, null,
        "/campaigns/" + campaign.getId(), List.of(HandOver.To.role(Role.COORDINATOR))));
    engineTasks.complete(task.getId());
    return view(campaign, user);
  }

  // called by the processes' delegates

  Map<String, Object> unitStarted(long assessedUnitId, String processInstanceId) {
    AssessedUnit unit = assessed.findById(assessedUnitId).orElseThrow();
    unit.processStarted(processInstanceId);
    Campaign campaign = find(unit.getCampaignId());
    reminders.track(new Deadline(CampaignProcess.UNIT_SUBJECT, String.valueOf(unit.getId()),
        "Tự đánh giá, chấm điểm – " + campaign.getName(), unit.getUnitId(), campaign.getSelfAssessmentDeadline(),
        "/campaigns/" + campaign.getId() + "/units/" + unit.getUnitId(), "CAMPAIGN:" + campaign.getId()));
    return Map.of(CampaignProcess.VAR_UNIT_ID, unit.getUnitId(),
        CampaignProcess.VAR_SUBJECT_ID, unit.getId());
  }

  void markUnitLate(long assessedUnitId) {
    assessed.findById(assessedUnitId).orElseThrow().markLate();
  }

  void markCouncilLate(long campaignId) {
    find(campaignId).markCouncilLate(clock.instant());
  }

  /** The results are public: the heads of the assessed units are told. */
  void publish(long campaignId) {
    Campaign campaign = find(campaignId);
    campaign.publish(clock.instant());
    events.publishEvent(new HandOver(HandOver.Kind.PUBLISHED, CampaignProcess.CAMPAIGN_SUBJECT,
        String.valueOf(campaignId), "published", campaign.getName(), null, null, null, null,
        "/campaigns/" + campaignId, assessed.findByCampaignIdOrderByIdAsc(campaignId).stream()
            .map(u -> HandOver.To.unit(u.getUnitId(), Role.UNIT_HEAD)).toList()));
  }

  /** Tells the next people that a unit's assessment passed to them (the reminder feature notifies and mails). */
  void handOver(HandOver.Kind kind, AssessedUnit unit, String key, CurrentUser actor, String detail,
      java.time.LocalDate due, HandOver.To to) {
    Campaign campaign = find(unit.getCampaignId());
    events.publishEvent(new HandOver(kind, CampaignProcess.UNIT_SUBJECT, String.valueOf(unit.getId()), key,
        campaign.getName(), unit.getUnitId(), actor.getUsername(), detail, due,
        "/campaigns/" + campaign.getId() + "/units/" + unit.getUnitId(), List.of(to)));
  }

  /** Reminders of a unit's current step: its explanation due date, or none once submitted. */
  void remindUnit(AssessedUnit unit, java.time.LocalDate due, String what) {
    Campaign campaign = find(unit.getCampaignId());
    if (due == null) {
      reminders.untrack(CampaignProcess.UNIT_SUBJECT, String.valueOf(unit.getId()));
    } else {
      reminders.track(new Deadline(CampaignProcess.UNIT_SUBJECT, String.valueOf(unit.getId()),
          what + " – " + campaign.getName(), unit.getUnitId(), due,
          "/campaigns/" + campaign.getId() + "/units/" + unit.getUnitId(), "CAMPAIGN:" + campaign.getId()));
    }
  }

  Campaign find(long id) {
    return campaigns.findById(id).orElseThrow(() -> ApiException.notFound("assessment.campaignNotFound", id));
  }

  java.util.Optional<Task> openTask(String processInstanceId, String key) {
    return java.util.Optional.ofNullable(engineTasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult());
  }

  CampaignView view(Campaign c, CurrentUser user) {
    CriteriaSetView set = criteria.get(c.getCriteriaSetId(), true);
    int total = leaves(set).size();
    Map<Long, String> names = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    Set<Long> mine = user.seesAllUnits() ? null : scope.actableUnitIds(user);
    List<CampaignView.UnitProgress> progress = new ArrayList<>();
    for (AssessedUnit u : assessed.findByCampaignIdOrderByIdAsc(c.getId())) {
      if (mine != null && !mine.contains(u.getUnitId())) {
        continue;
      }
      int answered = (int) answers.findByAssessmentId(u.getId()).stream().filter(Answer::isAnswered).count();
      progress.add(new CampaignView.UnitProgress(u.getUnitId(), names.get(u.getUnitId()), u.getStep().name(),
          u.isLate(), u.getSubmittedAt(), u.getAppraisedAt(), answered, total));
    }
    CampaignView.Council council = c.getCouncilSetUpAt() == null ? null
        : new CampaignView.Council(c.getCouncilMembers(), c.getCouncilChair(), c.getCouncilSecretary(),
            c.getCouncilSetUpAt());
    return new CampaignView(c.getId(), c.getName(), c.getYear(), c.getCriteriaSetId(), set.name(),
        c.getStatus().name(), c.getCouncilDeadline(), c.getSelfAssessmentDeadline(), c.getAppraisalDeadline(),
        c.getSipasCode(), council, c.isCouncilLate(),
        c.getApprovedBy() == null ? null : users.displayNames(List.of(c.getApprovedBy())).apply(c.getApprovedBy()),
        c.getApprovedAt(), c.getPublishedAt(),
        LocalDate.now(clock), progress);
  }

  static List<CriteriaNodeView> leaves(CriteriaSetView set) {
    List<CriteriaNodeView> result = new ArrayList<>();
    collect(set.nodes(), result);
    return result;
  }

  private static void collect(List<CriteriaNodeView> nodes, List<CriteriaNodeView> into) {
    for (CriteriaNodeView n : nodes) {
      if (n.isLeaf()) {
        into.add(n);
      } else {
        collect(n.children(), into);
      }
    }
  }
}
