package vn.partracker.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The improvement-task process, one method per path. */
@Deployment(resources = "bpmn/improvement-task.bpmn")
class ImprovementTaskProcessTest {

  /** Every element of the deployed models is reached by this class (report: target/process-test-coverage). */
  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  ProcessEngine processEngine;
  final List<String> overdue = new ArrayList<>();
  final List<String> opened = new ArrayList<>();
  /** The supporting units' groups of each started task, by title. */
  final Map<String, List<String>> supportGroups = new HashMap<>();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 5), 9));
    Mocks.register("improvementOverdue", (JavaDelegate) execution -> overdue.add((String) execution.getVariable("title")));
    Mocks.register("processDates", new ProcessDates());
    // the application's listener names the item's supporting units as a transient variable
    Mocks.register("improvementOpened", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
      String title = (String) execution.getVariable("title");
      opened.add(title);
      String lead = title + "@" + execution.getVariable("leadGroup");
      execution.setVariable("supportGroups", Variables.objectValue(
          supportGroups.getOrDefault(lead, supportGroups.get(title)), true).create());
    });
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(VN).toInstant());
  }

  ProcessInstance start(String title, LocalDate opens, LocalDate due, List<String> supportGroups) {
    return start(title, "unit-1", opens, due, supportGroups);
  }

  ProcessInstance start(String title, String leadGroup, LocalDate opens, LocalDate due, List<String> supportGroups) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("subjectId", 1L);
    vars.put("title", title);
    vars.put("leadGroup", leadGroup);
    this.supportGroups.put(title + "@" + leadGroup, supportGroups);
    if (at(opens, 0).after(ClockUtil.getCurrentTime())) {
      vars.put("opensAt", at(opens, 0)); // only a task that opens later waits for its period
    }
    vars.put("dueDate", at(due, 17));
    return processEngine.getRuntimeService().startProcessInstanceByKey("improvement-task", "task-1", vars);
  }

  List<Task> contributions(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Contribute").list();
  }

  @Test
  void leadWorksTwoSupportingUnitsContributeAndTheCoordinatorAccepts() {
    ProcessInstance pi = start("TCTP 1.1.1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1),
        List.of("unit-2", "unit-3"));
    assertThat(pi).isWaitingAt("Task_Work", "Task_Contribute");
    assertThat(task("Task_Work", pi)).hasCandidateGroup("unit-1").hasDueDate(at(LocalDate.of(2026, 12, 1), 17));
    assertThat(contributions(pi)).hasSize(2);
    assertThat(taskQuery().taskCandidateGroup("unit-2").processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(taskQuery().taskCandidateGroup("unit-3").processInstanceId(pi.getId()).count()).isEqualTo(1);

    contributions(pi).forEach(t -> complete(t));
    complete(task("Task_Work", pi));
    assertThat(pi).isWaitingAt("Task_Review");
    assertThat(task("Task_Review", pi)).hasCandidateGroup("role-coordinator");
    complete(task("Task_Review", pi), withVariables("accepted", true));
    assertThat(pi).isEnded().hasPassed("End_Accepted");
  }

  /**
   * An item led by several units (joint leads, or "UBND các xã"): the application starts one
   * instance per lead unit; each lead works in its own group, the supporting units are asked only on
   * the principal lead's instance, and each share is accepted on its own.
   */
  @Test
  void anItemWithSeveralLeadUnitsRunsOneInstancePerUnitWithSupportOnThePrincipalsOnly() {
    LocalDate opens = LocalDate.of(2026, 1, 1);
    LocalDate due = LocalDate.of(2026, 11, 30);
    ProcessInstance principal = start("TCTP 1.3", "unit-1", opens, due, List.of("unit-9"));
    ProcessInstance communeA = start("TCTP 1.3", "unit-21", opens, due, List.of());
    ProcessInstance communeB = start("TCTP 1.3", "unit-22", opens, due, List.of());
    assertThat(principal).isWaitingAt("Task_Work", "Task_Contribute");
    assertThat(communeA).isWaitingAtExactly("Task_Work");
    assertThat(communeB).isWaitingAtExactly("Task_Work");
    assertThat(task("Task_Work", communeA)).hasCandidateGroup("unit-21");
    assertThat(task("Task_Work", communeB)).hasCandidateGroup("unit-22");
    assertThat(taskQuery().taskCandidateGroup("unit-9").count()).as("one contribution for the item").isEqualTo(1);
    assertThat(taskQuery().taskCandidateGroup("unit-21").count()).isEqualTo(1);

    complete(task("Task_Work", communeA));
    complete(task("Task_Review", communeA), withVariables("accepted", true));
    assertThat(communeA).isEnded().hasPassed("End_Accepted");
    assertThat(communeB).isWaitingAtExactly("Task_Work");
    assertThat(principal).isWaitingAt("Task_Work", "Task_Contribute");
  }

  @Test
  void aReturnedReportGoesBackToTheLeadAndIsResubmitted() {
    ProcessInstance pi = start("TCTP 2.3.1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 10), List.of());
    assertThat(pi).isWaitingAtExactly("Task_Work");
    complete(task("Task_Work", pi));
    complete(task("Task_Review", pi), withVariables("accepted", false));
    assertThat(pi).isWaitingAtExactly("Task_Work");
    complete(task("Task_Work", pi));
    complete(task("Task_Review", pi), withVariables("accepted", true));
    assertThat(pi).isEnded();
  }

  @Test
  void acceptingEndsContributionsStillOpen() {
    ProcessInstance pi = start("TCTP 3.2.1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), List.of("unit-2"));
    complete(task("Task_Work", pi));
    complete(task("Task_Review", pi), withVariables("accepted", true));
    assertThat(pi).isEnded();
    assertThat(contributions(pi)).isEmpty();
  }

  @Test
  void aLateTaskIsMarkedOverdueAndStaysOpen() {
    ProcessInstance pi = start("TCTP 1.3.1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10), List.of());
    assertThat(job("Timer_Due", pi).getDuedate()).isEqualTo(at(LocalDate.of(2026, 3, 11), 0));
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 3, 11), 1));
    execute(job("Timer_Due", pi));
    assertThat(overdue).containsExactly("TCTP 1.3.1");
    assertThat(pi).isWaitingAtExactly("Task_Work").hasPassed("End_Overdue");
  }

  @Test
  void quarterlyOccurrencesOpenQuarterByQuarterAsTheClockMoves() {
    List<ProcessInstance> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      LocalDate opens = LocalDate.of(2026, (q - 1) * 3 + 1, 1);
      quarters.add(start("Báo cáo quý " + q, opens, opens.plusMonths(2).withDayOfMonth(10), List.of()));
    }
    assertThat(quarters.get(0)).isWaitingAtExactly("Task_Work");
    quarters.subList(1, 4).forEach(pi -> assertThat(pi).isWaitingAtExactly("Timer_Opens"));

    for (int q = 2; q <= 4; q++) {
      ClockUtil.setCurrentTime(at(LocalDate.of(2026, (q - 1) * 3 + 1, 1), 8));
      for (ProcessInstance pi : quarters) {
        if (processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId("Timer_Opens").duedateLowerThan(ClockUtil.getCurrentTime()).count() > 0) {
          execute(job("Timer_Opens", pi));
        }
      }
      long open = quarters.stream().filter(pi -> taskQuery().processInstanceId(pi.getId()).count() > 0).count();
      assertThat(open).as("open occurrences at the start of quarter " + q).isEqualTo(q);
      assertThat(opened).hasSize(q).last().isEqualTo("Báo cáo quý " + q);
    }
  }
}
