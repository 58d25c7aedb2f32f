package vn.partracker.improvement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.inbox.InboxService;
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

  /** Why a closed plan's task processes were deleted (the engine's history keeps it). */
  static final String CLOSED_REASON = "Kế hoạch đã đóng";

  private final ImprovementTaskRepository tasks;
  private final RuntimeService runtime;
  private final ReminderService reminders;
  private final InboxService inbox;
  private final PlanActivation activation;
  private final ImprovementPlanRepository plans;
  private final PlanViews views;
  private final Clock clock;

  PlanLifecycle(ImprovementPlanRepository plans, ImprovementTaskRepository tasks, RuntimeService runtime,
      ReminderService reminders, InboxService inbox, PlanActivation activation, PlanViews views, Clock clock) {
    this.inbox = inbox;
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

  /**
   * Closes the plan and cancels the work still open, at once however large the plan: the tasks are
   * cancelled, their reminders stopped and their steps taken out of every inbox in this transaction; their
   * processes are then deleted by a Camunda batch, which the job executor of any node runs in chunks (and
   * resumes on another node if this one dies). Nothing can act on them meanwhile: an inbox step must be open.
   */
  public PlanView close(long id) {
    ImprovementPlan plan = views.find(id);
    if (plan.getStatus() == ImprovementPlan.Status.CLOSED) {
      throw ApiException.conflict("improvement.planClosed");
    }
    if (plan.getStatus() == ImprovementPlan.Status.ACTIVATING) {
      throw ApiException.conflict("improvement.planActivating");
    }
    Instant now = clock.instant();
    List<Long> cancelled = new ArrayList<>();
    Set<String> processes = new HashSet<>();
    for (ImprovementTask task : tasks.findByPlanIdOrderByDueOnAsc(id)) {
      if (!task.isClosed()) {
        task.cancel(now);
        cancelled.add(task.getId());
        if (task.getProcessInstanceId() != null) {
          processes.add(task.getProcessInstanceId());
        }
      }
    }
    reminders.untrackAll(ImprovementProcess.SUBJECT_TYPE, cancelled.stream().map(String::valueOf).toList());
    inbox.cancelOpen(ImprovementProcess.SUBJECT_TYPE, cancelled, now);
    if (!processes.isEmpty()) {
      ProcessInstanceQuery running = runtime.createProcessInstanceQuery().processInstanceIds(processes);
      if (running.count() > 0) {
        runtime.deleteProcessInstancesAsync(running, CLOSED_REASON);
      }
    }
    plan.close(now);
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
