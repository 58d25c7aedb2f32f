package vn.partracker.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the campaign processes: read the ids, call the service. */
@Configuration(proxyBeanMethods = false)
class CampaignDelegates {

  @Bean
  ExecutionListener assessmentUnitStarted(CampaignService campaigns) {
    return execution -> execution.setVariables(campaigns.unitStarted(
        id(execution, CampaignProcess.VAR_CAMPAIGN_UNIT_ID), execution.getProcessInstanceId()));
  }

  @Bean
  JavaDelegate assessmentLate(CampaignService campaigns) {
    return execution -> campaigns.markUnitLate(id(execution, CampaignProcess.VAR_CAMPAIGN_UNIT_ID));
  }

  @Bean
  JavaDelegate campaignCouncilLate(CampaignService campaigns) {
    return execution -> campaigns.markCouncilLate(id(execution, CampaignProcess.VAR_CAMPAIGN_ID));
  }

  @Bean
  JavaDelegate campaignPublish(CampaignService campaigns) {
    return execution -> campaigns.publish(id(execution, CampaignProcess.VAR_CAMPAIGN_ID));
  }

  private static long id(DelegateExecution execution, String variable) {
    return ((Number) execution.getVariable(variable)).longValue();
  }
}
