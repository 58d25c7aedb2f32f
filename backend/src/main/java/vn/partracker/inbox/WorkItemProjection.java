package vn.partracker.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import vn.partracker.shared.TimeConfig;

/**
 * Keeps {@link WorkItem} in step with every user task of every process: a listener added to each
 * user task at deployment writes the projection on create, assignment, update, complete and
 * delete, inside the engine's transaction. A process tells the projection what a task is about
 * through its extension property {@code inboxSubject} (the subject type), the variables
 * {@code subjectId} and {@code title}, and the task's extension property {@code inboxRole}; the
 * unit comes from the {@code unit-<id>} candidate group.
 */
@Component
class WorkItemProjection extends AbstractProcessEnginePlugin implements TaskListener {

  static final String SUBJECT_PROPERTY = "inboxSubject";
  static final String SUBJECT_ID = "subjectId";
  static final String TITLE = "title";
  static final String ROLE_PROPERTY = "inboxRole";

  private final WorkItemRepository items;
  private final Clock clock;

  WorkItemProjection(WorkItemRepository items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener self = this;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (String event : List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE, EVENTNAME_COMPLETE,
            EVENTNAME_DELETE)) {
          definition.addBuiltInTaskListener(event, self);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    String subjectType = property(process(element), SUBJECT_PROPERTY);
    Object subjectId = subjectType == null ? null : task.getVariable(SUBJECT_ID);
    if (subjectType == null || subjectId == null) {
      return; // a process that does not take part in the inbox
    }
    String event = task.getEventName();
    WorkItem item = EVENTNAME_CREATE.equals(event) ? null : items.findById(task.getId()).orElse(null);
    if (item == null) { // a task just created has no item yet: no lookup (a query less per task when a plan starts)
      item = new WorkItem(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
          subjectType, ((Number) subjectId).longValue(), clock.instant());
    }
    switch (event) {
      case EVENTNAME_COMPLETE -> item.close(WorkItem.Status.DONE, clock.instant());
      case EVENTNAME_DELETE -> item.close(WorkItem.Status.CANCELLED, clock.instant());
      default -> {
        String group = candidateGroup(task);
        Long unitId = group != null && group.startsWith("unit-") ? Long.valueOf(group.substring(5)) : null;
        Object title = task.getVariable(TITLE);
        String role = property(element, ROLE_PROPERTY);
        item.describe(unitId, group, role == null ? "LEAD" : role, title == null ? task.getName() : title.toString(),
            task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), date(task.getDueDate()),
            date(task.getFollowUpDate()), task.getAssignee());
      }
    }
    items.save(item);
  }

  private static String candidateGroup(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return link.getGroupId();
      }
    }
    return null;
  }

  /** The process a task belongs to (it may sit in sub-processes). */
  private static ModelElementInstance process(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
      e = e.getParentElement();
    }
    return e;
  }

  /** A {@code camunda:property} of a model element (a task, its process), or null. */
  private static String property(ModelElementInstance element, String name) {
    if (element instanceof BaseElement base && base.getExtensionElements() != null) {
      for (CamundaProperties properties : base.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (name.equals(property.getCamundaName())) {
            return property.getCamundaValue();
          }
        }
      }
    }
    return null;
  }

  private LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atZone(TimeConfig.ZONE).toLocalDate();
  }
}
