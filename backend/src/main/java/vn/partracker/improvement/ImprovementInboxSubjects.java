package vn.partracker.improvement;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.inbox.InboxSubjects;

/** Tells the inbox which criterion and plan an improvement task is about, and whether it was returned. */
@Component
@Transactional(readOnly = true)
class ImprovementInboxSubjects implements InboxSubjects {

  private final ImprovementTaskRepository tasks;
  private final PlanItemRepository items;
  private final ImprovementPlanRepository plans;

  ImprovementInboxSubjects(ImprovementTaskRepository tasks, PlanItemRepository items, ImprovementPlanRepository plans) {
    this.tasks = tasks;
    this.items = items;
    this.plans = plans;
  }

  @Override
  public String subjectType() {
    return ImprovementProcess.SUBJECT_TYPE;
  }

  @Override
  public Map<Long, Subject> describe(Collection<Long> ids) {
    var found = tasks.findAllById(ids);
    Map<Long, PlanItem> itemById = items.findAllById(found.stream().map(ImprovementTask::getItemId).toList()).stream()
        .collect(Collectors.toMap(PlanItem::getId, Function.identity()));
    Map<Long, String> planNames = plans.findAllById(found.stream().map(ImprovementTask::getPlanId).distinct().toList())
        .stream().collect(Collectors.toMap(ImprovementPlan::getId, ImprovementPlan::getName));
    return found.stream().collect(Collectors.toMap(ImprovementTask::getId,
        t -> subject(t, itemById.get(t.getItemId()), planNames.get(t.getPlanId()))));
  }

  /** By id: while a plan starts its tasks, the task, item and plan are in the persistence context (no query). */
  @Override
  public Subject subject(long id) {
    ImprovementTask t = tasks.findById(id).orElse(null);
    if (t == null) {
      return null;
    }
    return subject(t, items.findById(t.getItemId()).orElse(null),
        plans.findById(t.getPlanId()).map(ImprovementPlan::getName).orElse(null));
  }

  /** Titled by the item and the occurrence, as the plan's page names the task. */
  private static Subject subject(ImprovementTask t, PlanItem item, String planName) {
    return new Subject(item == null ? null : PlanViews.title(item.content(), t.occurrence()),
        item == null ? null : item.content().code(), planName, "/improvement-tasks/" + t.getId(),
        t.getStatus() == ImprovementTask.Status.RETURNED, t.getPlanId());
  }
}
