package vn.partracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/**
 * The unit's process is found by the id kept on its row, not by a query on its variables; a row
 * from before the id was kept finds it once by the variable and keeps it.
 */
class UnitAssessmentProcessTest {

  private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  private final TaskService engineTasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
  private final UnitAssessmentProcess process = new UnitAssessmentProcess(engineTasks, runtime);
  private final CurrentUser user = mock(CurrentUser.class);

  @Test
  void aUnitWithItsProcessKeptCompletesItsStepWithoutAVariableQuery() {
    AssessedUnit unit = new AssessedUnit(1L, 2L);
    unit.processStarted("pi-7");
    when(runtime.createProcessInstanceQuery().processInstanceId("pi-7").count()).thenReturn(1L);
    Task task = mock(Task.class);
    when(task.getId()).thenReturn("task-1");
    when(engineTasks.createTaskQuery().processInstanceId("pi-7").taskDefinitionKey(CampaignProcess.TASK_SELF_ASSESS)
        .singleResult()).thenReturn(task);
    when(user.getUsername()).thenReturn("tuphap");

    assertThat(process.complete(unit, CampaignProcess.TASK_SELF_ASSESS, user, Map.of())).isEqualTo("task-1");

    verify(engineTasks).complete("task-1", Map.of());
    verify(runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.UNIT_KEY), never())
        .variableValueEquals(anyString(), any());
  }

  @Test
  void aUnitFromBeforeFindsItsProcessByItsVariableOnceAndKeepsIt() {
    AssessedUnit unit = new AssessedUnit(1L, 2L);
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn("pi-old");
    when(runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.UNIT_KEY)
        .variableValueEquals(CampaignProcess.VAR_CAMPAIGN_UNIT_ID, unit.getId()).singleResult()).thenReturn(instance);

    process.withdraw(unit);

    assertThat(unit.getProcessInstanceId()).isEqualTo("pi-old");
    verify(runtime.createMessageCorrelation(CampaignProcess.MESSAGE_WITHDRAW)).processInstanceId("pi-old");
  }

  @Test
  void aKeptProcessThatEndedIsAConflictNotAnEngineError() {
    AssessedUnit unit = new AssessedUnit(1L, 2L);
    unit.processStarted("pi-done");
    when(runtime.createProcessInstanceQuery().processInstanceId("pi-done").count()).thenReturn(0L);

    assertThatThrownBy(() -> process.withdraw(unit)).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(e.detail().key()).isEqualTo("assessment.processEnded");
    });
  }
}
