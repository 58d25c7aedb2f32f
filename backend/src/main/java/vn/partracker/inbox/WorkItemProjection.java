package vn.partracker.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.partracker.shared.TimeConfig;

/**
 * Keeps {@link WorkItem} in step with every user task of every process that takes part in the
 * inbox: a listener added to each of its user tasks at deployment writes the projection on create,
 * assignment, update, complete and delete, inside the engine's transaction. A process takes part
 * by its extension property {@code inboxSubject} (the subject type) and tells the projection what a
 * task is about through the variable {@code subjectId} (its feature's {@link InboxSubjects} titles and
 * describes the subject) and the task's extension property {@code inboxRole}; the unit comes from the
 * {@code unit-<id>} candidate group. When a role
 * group acts (the coordinator reviews a unit's report), the process's property {@code inboxUnit}
 * names the variable that holds the unit the work is about (a unit id or a {@code unit-<id>} group),
 * so the item still names that unit. The model's
 * properties are read once, when it is deployed (or parsed again after a restart), not per task.
 */
@Component
class WorkItemProjection extends AbstractProcessEnginePlugin {

  static final String SUBJECT_PROPERTY = "inboxSubject";
  static final String SUBJECT_ID = "subjectId";
  static final String ROLE_PROPERTY = "inboxRole";
  static final String UNIT_PROPERTY = "inboxUnit";
  private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
      TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

  private final WorkItemRepository items;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  /** Looked up when first needed: the features' beans are not all made when the engine's plugins are. */
  private final ObjectProvider<InboxSubjects> subjectProviders;
  private volatile Map<String, InboxSubjects> subjects;

  WorkItemProjection(WorkItemRepository items, Clock clock, ObjectProvider<InboxSubjects> subjects,
      ApplicationEventPublisher events) {
    this.items = items;
    this.clock = clock;
    this.events = events;
    this.subjectProviders = subjects;
  }

  private InboxSubjects subjects(String type) {
    if (subjects == null) {
      Map<String, InboxSubjects> found = new HashMap<>();
      subjectProviders.orderedStream().forEach(s -> found.put(s.subjectType(), s));
      subjects = found;
    }
    return subjects.get(type);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String role = property(element, ROLE_PROPERTY);
        activity.setProperty(ROLE_PROPERTY, role == null ? "LEAD" : role);
      }

      @Override // called after the process's activities are parsed
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        String subjectType = property(element, SUBJECT_PROPERTY);
        if (subjectType != null) {
          listen(process, subjectType, property(element, UNIT_PROPERTY));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** A {@code camunda:property} of a model element, or null: a plain model has no property map at all. */
  private static String property(Element element, String name) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
    return properties == null ? null : properties.get(name);
  }

  /** Adds the projection to every user task of a scope, sub-processes and multi-instance bodies included. */
  private void listen(ScopeImpl scope, String subjectType, String unitVariable) {
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        String role = (String) activity.getProperty(ROLE_PROPERTY);
        TaskListener listener = task -> project(task, subjectType, role, unitVariable);
        EVENTS.forEach(event -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
      }
      listen(activity, subjectType, unitVariable);
    }
  }

  private void project(DelegateTask task, String subjectType, String role, String unitVariable) {
    VariableScope variables = variables(task);
    Object subjectId = variables.getVariable(SUBJECT_ID);
    if (subjectId == null) {
      return; // started without a subject (e.g. by hand in Cockpit): not in the inbox
    }
    String event = task.getEventName();
    WorkItem item = TaskListener.EVENTNAME_CREATE.equals(event) ? null : items.findById(task.getId()).orElse(null);
    if (item == null) { // a task just created has no item yet: no lookup (a query less per task when a plan starts)
      item = new WorkItem(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
          subjectType, ((Number) subjectId).longValue(), clock.instant());
    }
    switch (event) {
      case TaskListener.EVENTNAME_COMPLETE -> item.close(WorkItem.Status.DONE, clock.instant());
      case TaskListener.EVENTNAME_DELETE -> item.close(WorkItem.Status.CANCELLED, clock.instant());
      default -> {
        String group = candidateGroup(task);
        Long unitId = group != null && group.startsWith("unit-") ? Long.valueOf(group.substring(5)) : null;
        boolean created = TaskListener.EVENTNAME_CREATE.equals(event);
        InboxSubjects described = created ? subjects(subjectType) : null;
        InboxSubjects.Subject subject = described == null ? null : described.subject(item.getSubjectId());
        // titled by its subject when the step is created (no process variable for it); the step's name otherwise
        String title = subject != null && subject.title() != null ? subject.title()
            : item.getTitle() != null ? item.getTitle() : task.getName();
        item.describe(unitId, unitId != null ? unitId : subjectUnit(variables, unitVariable), group, role, title,
            task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), date(task.getDueDate()),
            date(task.getFollowUpDate()), task.getAssignee());
        if (created) {
          item.subject(subject);
        }
      }
    }
    items.save(item);
    if (item.getUnitId() == null) { // a role group's work: its kept counts are stale once this commits
      events.publishEvent(new GroupCounts.Changed());
    }
  }

  /**
   * Where the process's variables are read: the task's execution. A task's own variable scope would
   * first ask the database for the task's local variables (none here), a query per task created.
   */
  private static VariableScope variables(DelegateTask task) {
    return task.getExecution() != null ? task.getExecution() : task;
  }

  /** The unit named by the model's {@code inboxUnit} variable: a unit id or a {@code unit-<id>} group. */
  private static Long subjectUnit(VariableScope variables, String unitVariable) {
    Object value = unitVariable == null ? null : variables.getVariable(unitVariable);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.startsWith("unit-")) {
      try {
        return Long.valueOf(s.substring(5));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String candidateGroup(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return link.getGroupId();
      }
    }
    return null;
  }

  private LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atZone(TimeConfig.ZONE).toLocalDate();
  }
}
