package vn.partracker.cases;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import vn.partracker.assessment.CampaignService;
import vn.partracker.improvement.PlanViews;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.ProcessRef;

/**
 * The case view: a process instance's deployed diagram, where it stands (active and overdue
 * steps) and what happened so far, read from the engine's history so it also works once the
 * process has ended.
 */
@Service
class CaseViews {

  record HistoryEntry(String activityId, @Nullable String activityName, String activityType, Instant startTime,
      @Nullable Instant endTime, @Nullable String assignee) {}

  record CaseView(String title, String processDefinitionKey, String xml, List<String> activeActivityIds,
      List<String> overdueActivityIds, List<HistoryEntry> history) {}

  private final PlanViews plans;
  private final CampaignService campaigns;
  private final UnitService units;
  private final UnitScope scope;
  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskService engineTasks;
  private final Clock clock;
  private final UserService users;

  CaseViews(PlanViews plans, CampaignService campaigns, UnitService units, UnitScope scope,
      HistoryService history, RepositoryService repository, TaskService engineTasks, Clock clock, UserService users) {
    this.plans = plans;
    this.campaigns = campaigns;
    this.units = units;
    this.scope = scope;
    this.history = history;
    this.repository = repository;
    this.engineTasks = engineTasks;
    this.clock = clock;
    this.users = users;
  }

  CaseView improvementTask(long taskId, CurrentUser user) {
    ProcessRef ref = plans.taskProcess(taskId);
    requireInvolved(ref.unitIds(), user, "improvement.taskNotYourUnit");
    return view(ref.title(), ref.processInstanceId());
  }

  CaseView campaign(long campaignId, CurrentUser user) {
    ProcessRef ref = campaigns.campaignProcess(campaignId);
    requireInvolved(ref.unitIds(), user, "assessment.yourUnitNotInCampaign");
    return view(ref.title(), ref.processInstanceId());
  }

  /** The {@code unit-assessment} sub-process of one assessed unit. */
  CaseView unitAssessment(long campaignId, long unitId, CurrentUser user) {
    ProcessRef ref = campaigns.campaignProcess(campaignId);
    if (!ref.unitIds().contains(unitId)) {
      throw ApiException.notFound("cases.unitNotInCampaign", unitId);
    }
    requireInvolved(Set.of(unitId), user, "shared.unitForbidden");
    HistoricProcessInstance sub = ref.processInstanceId() == null ? null
        : history.createHistoricProcessInstanceQuery().superProcessInstanceId(ref.processInstanceId())
            .processDefinitionKey("unit-assessment").variableValueEquals("unitId", unitId).singleResult();
    if (sub == null) {
      throw ApiException.notFound("cases.noSelfAssessmentProcess");
    }
    String unitName = units.find(unitId).map(UnitView::name).orElse("");
    return view(ref.title() + " – " + unitName, sub.getId());
  }

  private void requireInvolved(Set<Long> unitIds, CurrentUser user, String key) {
    if (user.seesAllUnits()) {
      return;
    }
    Set<Long> mine = scope.actableUnitIds(user);
    if (unitIds.stream().noneMatch(mine::contains)) {
      throw ApiException.forbidden(key);
    }
  }

  private CaseView view(String title, String processInstanceId) {
    HistoricProcessInstance instance = processInstanceId == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw ApiException.notFound("cases.processNotStarted");
    }
    String xml;
    try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list().stream()
        // the engine's wrapper around a multi-instance activity; its instances are listed anyway
        .filter(a -> !"multiInstanceBody".equals(a.getActivityType()))
        .toList();
    List<String> active = activities.stream().filter(a -> a.getEndTime() == null)
        .map(HistoricActivityInstance::getActivityId).distinct().toList();
    Date now = Date.from(clock.instant());
    List<String> overdue = engineTasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .filter(t -> t.getDueDate() != null && t.getDueDate().before(now))
        .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).distinct().toList();
    // people by name, as everywhere else ("Phạm Thị Dung", not "tuphap")
    java.util.function.UnaryOperator<String> person = users.displayNames(
        activities.stream().map(HistoricActivityInstance::getAssignee).toList());
    return new CaseView(title, instance.getProcessDefinitionKey(), xml, active, overdue,
        activities.stream().map(a -> new HistoryEntry(a.getActivityId(), a.getActivityName(), a.getActivityType(),
            a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
            person.apply(a.getAssignee()))).toList());
  }
}
