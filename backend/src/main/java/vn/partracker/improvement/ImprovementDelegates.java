package vn.partracker.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin BPMN delegates of the improvement-task process: read the subject, call the service. */
@Configuration(proxyBeanMethods = false)
class ImprovementDelegates {

  /**
   * The task opens: the service starts reminding it and names the supporting units, which the
   * process reads at once to open their contributions. A transient variable: the plan holds the
   * units, the engine does not keep a copy.
   */
  @Bean
  ExecutionListener improvementOpened(ImprovementTasks tasks) {
    return execution -> execution.setVariable(ImprovementProcess.VAR_SUPPORT_GROUPS,
        Variables.objectValue(tasks.opened(subjectId(execution)), true).create());
  }

  @Bean
  JavaDelegate improvementOverdue(ImprovementTasks tasks) {
    return execution -> tasks.overdue(subjectId(execution));
  }

  private static long subjectId(DelegateExecution execution) {
    return ((Number) execution.getVariable(ImprovementProcess.VAR_SUBJECT_ID)).longValue();
  }
}
