package vn.partracker.improvement;

import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.reminder.ReminderService;
import vn.partracker.shared.ApiException;

/**
 * A plan's lifecycle: approval, activation into task processes (through {@link PlanActivation}'s
 * worker), closing with the open work cancelled, and deleting a draft.
 */
@Service
@Transactional
public class PlanLifecycle {

  /** Task processes a chunk of a plan's activation starts at least (whole items), in one engine command. */
  public static final int STARTS_PER_COMMAND = 500;

  private final ImprovementTaskRepository tasks;
  private final RuntimeService runtime;
  private final ReminderService reminders;
  private final PlanActivation activation;
  private final ImprovementPlanRepository plans;
  private final PlanViews views;
  private final Clock clock;

  PlanLifecycle(ImprovementPlanRepository plans, ImprovementTaskRepository tasks, RuntimeService runtime,
      ReminderService reminders, PlanActivation activation, PlanViews views, Clock clock) {
    this.plans = plans;
    this.tasks = tasks;
    this.runtime = runtime;
    this.reminders = reminders;
    this.activation = activation;
    this.views = views;
    this.clock = clock;
  }

  public PlanView approve(long id, String by) {
    ImprovementPlan plan = views.find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.approveOnlyDraft");
    }
    plan.approve(by, clock.instant());
    return views.view(plan, true);
  }

  /**
   * Activation: one {@code improvement-task} process per occurrence and lead unit of every item with
   * work (an item led by several units, joint leads or a group such as "UBND các xã", gives each unit
   * its own task, in its own inbox, with its own report). Returns at once with the plan ACTIVATING;
   * {@link PlanActivation}'s worker starts the tasks in chunks and makes the plan ACTIVE. A repeated
   * request (a retry after a proxy time-out) answers the plan as it is.
   */
  public PlanView activate(long id) {
    ImprovementPlan plan = views.find(id);
    if (plan.getStatus() == ImprovementPlan.Status.ACTIVATING) {
      return views.view(plan, true);
    }
    if (plan.getStatus() != ImprovementPlan.Status.APPROVED) {
      throw ApiException.conflict("improvement.approveBeforeActivate");
    }
    activation.begin(plan);
    return views.view(plan, true);
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
    return views.view(views.find(id), true);
  }

  /** The progress of a plan's activation (404 for an unknown plan). */
  @Transactional(readOnly = true)
  public PlanActivation.Progress activation(long id) {
    return activation.progress(id).orElseThrow(() -> ApiException.notFound("improvement.planNotFound", id));
  }

  /** Closes the plan and cancels the work still open. */
  public PlanView close(long id) {
    ImprovementPlan plan = views.find(id);
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
    return views.view(plan, true);
  }

  public void delete(long id) {
    ImprovementPlan plan = views.find(id);
    if (plan.getStatus() != ImprovementPlan.Status.DRAFT) {
      throw ApiException.conflict("improvement.deleteOnlyDraft");
    }
    plans.delete(plan);
  }
}
