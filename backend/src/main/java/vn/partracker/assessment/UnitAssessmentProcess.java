package vn.partracker.assessment;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * The engine side of one unit's assessment: its process instance (kept on the assessed unit when
 * the process starts) and the user tasks and messages that move it.
 */
@Component
class UnitAssessmentProcess {

  private final TaskService engineTasks;
  private final RuntimeService runtime;

  UnitAssessmentProcess(TaskService engineTasks, RuntimeService runtime) {
    this.engineTasks = engineTasks;
    this.runtime = runtime;
  }

  /** Completes the unit's open step; returns the engine task's id. */
  String complete(AssessedUnit unit, String key, CurrentUser user, Map<String, Object> variables) {
    Task task = engineTasks.createTaskQuery().processInstanceId(unitProcess(unit)).taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw ApiException.conflict("assessment.stepClosed");
    }
    engineTasks.setAssignee(task.getId(), user.getUsername());
    engineTasks.complete(task.getId(), variables);
    return task.getId();
  }

  /** Takes a submission back: the process returns to self-assessment. */
  void withdraw(AssessedUnit unit) {
    runtime.createMessageCorrelation(CampaignProcess.MESSAGE_WITHDRAW)
        .processInstanceId(unitProcess(unit)).correlate();
  }

  /**
   * The unit's running process: the instance kept on the row; for units whose process started
   * before the row kept it, found once by its variable and then kept.
   */
  private String unitProcess(AssessedUnit unit) {
    if (unit.getProcessInstanceId() != null) {
      if (runtime.createProcessInstanceQuery().processInstanceId(unit.getProcessInstanceId()).count() == 0) {
        throw ApiException.conflict("assessment.processEnded");
      }
      return unit.getProcessInstanceId();
    }
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.UNIT_KEY)
        .variableValueEquals(CampaignProcess.VAR_CAMPAIGN_UNIT_ID, unit.getId()).singleResult();
    if (instance == null) {
      throw ApiException.conflict("assessment.processEnded");
    }
    unit.processStarted(instance.getId());
    return instance.getId();
  }
}
