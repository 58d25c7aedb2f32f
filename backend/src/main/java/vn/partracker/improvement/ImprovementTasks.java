package vn.partracker.improvement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.inbox.InboxService;
import vn.partracker.inbox.WorkItem;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.UnitScope;
import org.springframework.context.ApplicationEventPublisher;
import vn.partracker.reminder.Deadline;
import vn.partracker.reminder.HandOver;
import vn.partracker.reminder.ReminderService;
import vn.partracker.org.UnitService;
import vn.partracker.org.UserService;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Attachment;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/**
 * The work on a task occurrence: the lead reports, supporting units contribute, the coordinator
 * accepts or returns; comments and evidence files. Every action completes the engine's user task
 * behind a work item the caller may act on.
 */
@Service
@Transactional
class ImprovementTasks {

  static final String ATTACHMENT_OWNER = "IMPROVEMENT_TASK";

  private final ImprovementTaskRepository tasks;
  private final PlanItemRepository items;
  private final ImprovementPlanRepository plans;
  private final ContributionRepository contributions;
  private final CommentRepository comments;
  private final InboxService inbox;
  private final UnitScope scope;
  private final UnitService units;
  private final Attachments attachments;
  private final TaskService engineTasks;
  private final ReminderService reminders;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final UserService users;

  ImprovementTasks(ImprovementTaskRepository tasks, PlanItemRepository items, ImprovementPlanRepository plans,
      ContributionRepository contributions, CommentRepository comments, InboxService inbox, UnitScope scope,
      UnitService units, Attachments attachments, TaskService engineTasks, ReminderService reminders,
      ApplicationEventPublisher events, Clock clock, UserService users) {
    this.users = users;
    this.reminders = reminders;
    this.events = events;
    this.tasks = tasks;
    this.items = items;
    this.plans = plans;
    this.contributions = contributions;
    this.comments = comments;
    this.inbox = inbox;
    this.scope = scope;
    this.units = units;
    this.attachments = attachments;
    this.engineTasks = engineTasks;
    this.clock = clock;
  }

  /** The lead unit reports; the coordinator then reviews. */
  TaskView report(String workItemId, String report, CurrentUser user) {
    WorkItem work = actionable(workItemId, "LEAD", user);
    if (report == null || report.isBlank()) {
      throw ApiException.invalidField("report", "improvement.reportRequired");
    }
    if (report.length() > 10000) {
      throw ApiException.invalidField("report", "improvement.reportTooLong");
    }
    ImprovementTask task = task(work.getSubjectId());
    task.submit(report.strip(), user.getUsername(), clock.instant());
    complete(work, user, Map.of());
    handOver(HandOver.Kind.REPORTED, work, task, task.getLeadUnitId(), user, report.strip(),
        HandOver.To.role(Role.COORDINATOR));
    return view(task.getId(), user);
  }

  /** A supporting unit reports what it contributed. */
  TaskView contribute(String workItemId, String note, CurrentUser user) {
    WorkItem work = actionable(workItemId, "SUPPORT", user);
    if (note != null && note.length() > 4000) {
      throw ApiException.invalidField("note", "improvement.contentTooLong");
    }
    contributions.save(new Contribution(work.getSubjectId(), work.getUnitId(),
        note == null || note.isBlank() ? null : note.strip(), user.getUsername(), clock.instant()));
    complete(work, user, Map.of());
    ImprovementTask task = task(work.getSubjectId());
    handOver(HandOver.Kind.CONTRIBUTED, work, task, work.getUnitId(), user, note,
        HandOver.To.unitStaff(task.getLeadUnitId()));
    return view(work.getSubjectId(), user);
  }

  /** The coordinator accepts (closing the task) or returns it with a comment. */
  TaskView review(String workItemId, boolean accepted, String comment, CurrentUser user) {
    WorkItem work = actionable(workItemId, "REVIEW", user);
    if (!accepted && (comment == null || comment.isBlank())) {
      throw ApiException.invalidField("comment", "improvement.returnNeedsReason");
    }
    if (comment != null && comment.length() > 4000) {
      throw ApiException.invalidField("comment", "improvement.reviewCommentTooLong");
    }
    ImprovementTask task = task(work.getSubjectId());
    task.review(accepted, comment == null || comment.isBlank() ? null : comment.strip(), user.getUsername(),
        clock.instant());
    complete(work, user, Map.of(ImprovementProcess.VAR_ACCEPTED, accepted));
    handOver(accepted ? HandOver.Kind.ACCEPTED : HandOver.Kind.RETURNED, work, task, task.getLeadUnitId(), user,
        comment, HandOver.To.unitStaff(task.getLeadUnitId()));
    if (accepted) {
      reminders.untrack(ImprovementProcess.SUBJECT_TYPE, String.valueOf(task.getId()));
    }
    return view(task.getId(), user);
  }

  TaskView comment(long taskId, String body, CurrentUser user) {
    requireVisible(task(taskId), user);
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw ApiException.invalidField("body", "improvement.commentLength");
    }
    comments.save(new Comment(taskId, user.getUsername(), body.strip(), clock.instant()));
    return view(taskId, user);
  }

  TaskView attach(long taskId, MultipartFile file, CurrentUser user) {
    ImprovementTask task = task(taskId);
    requireVisible(task, user);
    if (task.isClosed()) {
      throw ApiException.conflict("improvement.taskEndedNoFiles");
    }
    attachments.store(ATTACHMENT_OWNER, taskId, file, user.getUsername());
    return view(taskId, user);
  }

  Attachments.Content download(long taskId, long attachmentId, CurrentUser user) {
    requireVisible(task(taskId), user);
    Attachment attachment = attachments.find(attachmentId);
    if (!ATTACHMENT_OWNER.equals(attachment.getOwnerType()) || attachment.getOwnerId() != taskId) {
      throw ApiException.notFound("shared.fileNotFound", attachmentId);
    }
    return attachments.read(attachment);
  }

  /** Reassigns an open step within the unit, or sets its follow-up date. */
  TaskView assign(String workItemId, String assignee, java.time.LocalDate followUp, CurrentUser user) {
    WorkItem work = inbox.find(workItemId).filter(w -> inbox.mayAct(user, w))
        .orElseThrow(() -> ApiException.forbidden("improvement.notYourStep"));
    if (assignee != null && !assignee.isBlank() && !assignee.strip().equalsIgnoreCase(work.getAssignee())) {
      engineTasks.setAssignee(workItemId, assignee.strip());
      ImprovementTask task = task(work.getSubjectId());
      events.publishEvent(new HandOver(HandOver.Kind.ASSIGNED, ImprovementProcess.SUBJECT_TYPE,
          String.valueOf(task.getId()), workItemId + ":" + assignee.strip() + ":" + clock.millis(), work.getTitle(),
          work.getUnitId(), user.getUsername(), work.getStepName(), work.getDueOn(), "/improvement-tasks/" + task.getId(),
          List.of(HandOver.To.user(assignee.strip()))));
    }
    if (followUp != null) {
      var task = engineTasks.createTaskQuery().taskId(workItemId).singleResult();
      task.setFollowUpDate(java.util.Date.from(followUp.atStartOfDay(vn.partracker.shared.TimeConfig.ZONE).toInstant()));
      engineTasks.saveTask(task);
    }
    return view(work.getSubjectId(), user);
  }

  /**
   * Called by the process when the task's period opens: from now on its deadline is reminded.
   * Returns the candidate groups of the item's supporting units, who contribute from now on (on the
   * principal lead's task only, when the item has several lead units).
   */
  List<String> opened(long taskId) {
    ImprovementTask task = task(taskId);
    task.open(clock.instant());
    ItemContent c = items.findById(task.getItemId()).orElseThrow().content();
    reminders.track(new Deadline(ImprovementProcess.SUBJECT_TYPE, String.valueOf(taskId),
        PlanViews.title(c, task.occurrence()), task.getLeadUnitId(), task.getDueOn(), "/improvement-tasks/" + taskId,
        "PLAN:" + task.getPlanId()));
    // an item led by several units asks its supporting units once per occurrence, on the principal's task
    return task.isPrincipal() ? c.supportingUnitIds().stream().map(IdentityGroups::unit).toList() : List.of();
  }

  /** Called by the process's timer the day after the due date. */
  void overdue(long taskId) {
    task(taskId).markOverdue(clock.instant());
  }

  @Transactional(readOnly = true)
  TaskView view(long taskId, CurrentUser user) {
    ImprovementTask task = task(taskId);
    requireVisible(task, user);
    PlanItem item = items.findById(task.getItemId()).orElseThrow();
    ItemContent c = item.content();
    List<WorkItem> steps = inbox.history(ImprovementProcess.SUBJECT_TYPE, taskId);
    List<Contribution> given = contributions.findByTaskIdOrderByDoneAtAsc(taskId);
    // the names of the units this view shows only (the load test found the whole tree with its aliases
    // loaded per view, a query per unit, in every task action)
    java.util.Set<Long> shown = new java.util.HashSet<>(c.supportingUnitIds());
    shown.add(task.getLeadUnitId());
    given.forEach(x -> shown.add(x.getUnitId()));
    steps.forEach(w -> shown.add(w.getUnitId()));
    shown.remove(null);
    Map<Long, String> names = units.names(shown);
    List<Comment> said = comments.findByTaskIdOrderByCreatedAtAsc(taskId);
    var files = attachments.list(ATTACHMENT_OWNER, taskId);
    // people by their names (Họ và tên), never their usernames
    List<String> people = new java.util.ArrayList<>(java.util.Arrays.asList(task.getSubmittedBy(),
        task.getReviewedBy()));
    given.forEach(x -> people.add(x.getDoneBy()));
    said.forEach(x -> people.add(x.getAuthor()));
    files.forEach(a -> people.add(a.getUploadedBy()));
    java.util.function.UnaryOperator<String> person = users.displayNames(people);
    return new TaskView(task.getId(), task.getPlanId(), plans.findById(task.getPlanId()).map(ImprovementPlan::getName)
        .orElse(""), task.getLabel(), task.getStatus().name(), task.isOverdue(), task.getOpensOn(), task.getDueOn(),
        task.getLeadUnitId(), names.get(task.getLeadUnitId()),
        new TaskView.Criterion(c.code(), c.title(), c.maxPoints(), c.achievedPoints(), c.targetPoints(), c.tasks(),
            c.expectedOutput(), c.requirement(), c.deadlineText(),
            c.supportingUnitIds().stream().map(names::get).toList()),
        task.getReport(), task.getReviewComment(), task.getSubmittedAt(), person.apply(task.getSubmittedBy()),
        task.getReviewedAt(), person.apply(task.getReviewedBy()),
        given.stream().map(x -> new TaskView.ContributionView(names.get(x.getUnitId()), x.getNote(),
            person.apply(x.getDoneBy()), x.getDoneAt())).toList(),
        said.stream().map(x -> new TaskView.CommentView(person.apply(x.getAuthor()), x.getBody(), x.getCreatedAt()))
            .toList(),
        files.stream().map(a -> new TaskView.AttachmentView(a.getId(), a.getFilename(), a.getSizeBytes(),
            person.apply(a.getUploadedBy()), a.getUploadedAt())).toList(),
        steps.stream().filter(w -> w.getStatus() != WorkItem.Status.OPEN)
            .map(w -> new TaskView.Step(w.getStepName(), w.getRole(), names.get(w.getUnitId()), w.getStatus().name(),
                w.getCreatedAt(), w.getCompletedAt())).toList(),
        steps.stream().filter(w -> w.getStatus() == WorkItem.Status.OPEN && inbox.mayAct(user, w))
            .map(w -> new TaskView.OpenStep(w.getId(), w.getStepName(), w.getRole(), names.get(w.getUnitId()),
                w.getDueOn())).toList());
  }

  /**
   * Who may see a task: everyone who sees all units, the lead unit, and the supporting units
   * (and the units above them).
   */
  private void requireVisible(ImprovementTask task, CurrentUser user) {
    if (user.seesAllUnits()) {
      return;
    }
    var mine = scope.actableUnitIds(user);
    PlanItem item = items.findById(task.getItemId()).orElseThrow();
    boolean involved = mine.contains(task.getLeadUnitId())
        || item.content().supportingUnitIds().stream().anyMatch(mine::contains);
    if (!involved) {
      throw ApiException.forbidden("improvement.taskNotYourUnit");
    }
  }

  private WorkItem actionable(String workItemId, String role, CurrentUser user) {
    WorkItem work = inbox.find(workItemId)
        .filter(w -> ImprovementProcess.SUBJECT_TYPE.equals(w.getSubjectType()))
        .orElseThrow(() -> ApiException.notFound("improvement.workItemNotFound", workItemId));
    if (work.getStatus() != WorkItem.Status.OPEN) {
      throw ApiException.conflict("improvement.stepDone");
    }
    if (!role.equals(work.getRole())) {
      throw ApiException.conflict(switch (role) {
        case "LEAD" -> "improvement.stepNotLeadReport";
        case "SUPPORT" -> "improvement.stepNotSupport";
        default -> "improvement.stepNotReview";
      });
    }
    if (!inbox.mayAct(user, work) || ("REVIEW".equals(role) && !user.has(Role.COORDINATOR) && !user.has(Role.ADMIN))) {
      throw ApiException.forbidden("improvement.notYourStep");
    }
    return work;
  }

  /** Tells the next people that the work passed to them (the reminder feature notifies and mails). */
  private void handOver(HandOver.Kind kind, WorkItem work, ImprovementTask task, Long unitId, CurrentUser user,
      String detail, HandOver.To to) {
    events.publishEvent(new HandOver(kind, ImprovementProcess.SUBJECT_TYPE, String.valueOf(task.getId()), work.getId(),
        work.getTitle(), unitId, user.getUsername(), detail == null || detail.isBlank() ? null : detail.strip(),
        task.getDueOn(), "/improvement-tasks/" + task.getId(), List.of(to)));
  }

  private void complete(WorkItem work, CurrentUser user, Map<String, Object> variables) {
    engineTasks.setAssignee(work.getId(), user.getUsername());
    engineTasks.complete(work.getId(), variables);
  }

  private ImprovementTask task(long id) {
    return tasks.findById(id).orElseThrow(() -> ApiException.notFound("improvement.taskNotFound", id));
  }

  Optional<ImprovementTask> find(long id) {
    return tasks.findById(id);
  }
}
