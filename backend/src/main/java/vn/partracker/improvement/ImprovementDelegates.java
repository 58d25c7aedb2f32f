package vn.partracker.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin BPMN delegates of the improvement-task process: read the subject, call the service. */
@Configuration(proxyBeanMethods = false)
class ImprovementDelegates {

  @Bean
  ExecutionListener improvementOpened(ImprovementTasks tasks) {
    return execution -> tasks.opened(subjectId(execution));
  }

  @Bean
  JavaDelegate improvementOverdue(ImprovementTasks tasks) {
    return execution -> tasks.overdue(subjectId(execution));
  }

  private static long subjectId(DelegateExecution execution) {
    return ((Number) execution.getVariable(ImprovementProcess.VAR_SUBJECT_ID)).longValue();
  }
}
