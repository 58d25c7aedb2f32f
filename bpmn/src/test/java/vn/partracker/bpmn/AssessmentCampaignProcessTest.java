package vn.partracker.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The assessment campaign and its per-unit assessment, one method per path, timers on a controlled clock. */
@Deployment(resources = {"bpmn/assessment-campaign.bpmn", "bpmn/unit-assessment.bpmn"})
class AssessmentCampaignProcessTest {

  /** Every element of the deployed models is reached by this class (report: target/process-test-coverage). */
  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  ProcessEngine processEngine;
  final List<String> events = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 10, 26), 9));
    Mocks.register("assessmentUnitStarted", (ExecutionListener) execution -> {
      long campaignUnitId = ((Number) execution.getVariable("campaignUnitId")).longValue();
      execution.setVariable("unitId", 100 + campaignUnitId);
      execution.setVariable("subjectId", campaignUnitId);
    });
    Mocks.register("assessmentLate", (JavaDelegate) e -> events.add("late:" + e.getVariable("unitId")));
    Mocks.register("campaignCouncilLate", (JavaDelegate) e -> events.add("council-late"));
    Mocks.register("campaignPublish", (JavaDelegate) e -> events.add("published"));
    Mocks.register("processDates", new ProcessDates());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(VN).toInstant());
  }

  ProcessInstance start(List<Long> campaignUnitIds) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("campaignId", 7L);
    vars.put("subjectId", 7L);
    vars.put("title", "Chỉ số CCHC cấp xã 2026");
    vars.put("campaignUnitIds", new ArrayList<>(campaignUnitIds));
    vars.put("councilDue", at(LocalDate.of(2026, 10, 30), 17));
    vars.put("selfAssessmentDue", at(LocalDate.of(2026, 11, 5), 17));
    vars.put("appraisalDue", at(LocalDate.of(2026, 11, 20), 17));
    return processEngine.getRuntimeService().startProcessInstanceByKey("assessment-campaign", "CAMPAIGN:7", vars);
  }

  ProcessInstance unit(long campaignUnitId) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unit-assessment")
        .variableValueEquals("campaignUnitId", campaignUnitId).singleResult();
  }

  void appraise(ProcessInstance unit) {
    complete(task("Task_Appraise", unit), withVariables("outcome", "APPRAISED"));
  }

  @Test
  void onTimeEveryUnitIsAppraisedTheChairmanApprovesAndResultsArePublished() {
    ProcessInstance campaign = start(List.of(1L, 2L));
    assertThat(campaign).isWaitingAt("Task_SetUpCouncil", "CallActivity_Units");
    assertThat(task("Task_SetUpCouncil", campaign)).hasCandidateGroup("role-coordinator");
    assertThat(task("Task_SelfAssess", unit(1))).hasCandidateGroup("unit-101")
        .hasDueDate(at(LocalDate.of(2026, 11, 5), 17));
    assertThat(task("Task_SelfAssess", unit(2))).hasCandidateGroup("unit-102");

    complete(task("Task_SetUpCouncil", campaign));
    for (long id : List.of(1L, 2L)) {
      ProcessInstance unit = unit(id);
      complete(task("Task_SelfAssess", unit));
      assertThat(task("Task_Appraise", unit)).hasCandidateGroup("role-council");
      appraise(unit);
      assertThat(unit).isEnded().hasPassed("End_Appraised");
    }
    assertThat(campaign).isWaitingAtExactly("Task_Approve");
    assertThat(task("Task_Approve", campaign)).hasCandidateGroup("role-leader");
    complete(task("Task_Approve", campaign));
    assertThat(campaign).isEnded().hasPassed("Task_Publish");
    assertThat(events).containsExactly("published");
  }

  @Test
  void aLateUnitIsMarkedLateAndCanStillSubmit() {
    start(List.of(1L));
    ProcessInstance unit = unit(1);
    assertThat(job("Timer_SelfAssessLate", unit).getDuedate()).isEqualTo(at(LocalDate.of(2026, 11, 6), 0));
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 11, 6), 8));
    execute(job("Timer_SelfAssessLate", unit));
    assertThat(events).containsExactly("late:101");
    assertThat(unit).isWaitingAtExactly("Task_SelfAssess");
    complete(task("Task_SelfAssess", unit));
    assertThat(unit).isWaitingAtExactly("Task_Appraise");
  }

  @Test
  void aUnitWithdrawsAndResubmitsBeforeTheCouncilDecides() {
    start(List.of(1L));
    ProcessInstance unit = unit(1);
    complete(task("Task_SelfAssess", unit));
    processEngine.getRuntimeService().createMessageCorrelation("assessmentWithdrawn")
        .processInstanceId(unit.getId()).correlate();
    assertThat(unit).isWaitingAt("Task_SelfAssess").hasPassed("Message_Withdrawn");
    complete(task("Task_SelfAssess", unit));
    appraise(unit);
    assertThat(unit).isEnded();
  }

  @Test
  void theCouncilAsksForAnExplanationAndAppraisesAfterTheReply() {
    start(List.of(1L));
    ProcessInstance unit = unit(1);
    complete(task("Task_SelfAssess", unit));
    complete(task("Task_Appraise", unit), withVariables("outcome", "EXPLANATION",
        "explanationDue", at(LocalDate.of(2026, 11, 12), 17)));
    assertThat(task("Task_Explain", unit)).hasCandidateGroup("unit-101")
        .hasDueDate(at(LocalDate.of(2026, 11, 12), 17));
    complete(task("Task_Explain", unit));
    assertThat(unit).isWaitingAtExactly("Task_Appraise");
    appraise(unit);
    assertThat(unit).isEnded().hasPassed("Task_Explain");
  }

  @Test
  void aLateCouncilIsMarkedWithoutBlockingTheUnits() {
    ProcessInstance campaign = start(List.of(1L));
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 10, 31), 7));
    execute(job("Timer_CouncilLate", campaign));
    assertThat(events).containsExactly("council-late");
    assertThat(campaign).isWaitingAt("Task_SetUpCouncil", "CallActivity_Units");
    complete(task("Task_SelfAssess", unit(1)));
    appraise(unit(1));
    assertThat(campaign).isWaitingAt("Task_SetUpCouncil").isNotWaitingAt("CallActivity_Units", "Task_Approve");
    complete(task("Task_SetUpCouncil", campaign));
    assertThat(campaign).isWaitingAtExactly("Task_Approve");
  }
}
