package vn.partracker.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** {@code /api/cases/...}: the BPMN diagram of a task or campaign, its current steps and its history. */
@RestController
class CaseController {

  private final CaseViews cases;

  CaseController(CaseViews cases) {
    this.cases = cases;
  }

  @GetMapping("/api/cases/improvement-tasks/{taskId}")
  CaseViews.CaseView improvementTask(@PathVariable long taskId) {
    return cases.improvementTask(taskId, UnitScope.currentUser());
  }

  @GetMapping("/api/cases/campaigns/{campaignId}")
  CaseViews.CaseView campaign(@PathVariable long campaignId) {
    return cases.campaign(campaignId, UnitScope.currentUser());
  }

  @GetMapping("/api/cases/campaigns/{campaignId}/units/{unitId}")
  CaseViews.CaseView unitAssessment(@PathVariable long campaignId, @PathVariable long unitId) {
    return cases.unitAssessment(campaignId, unitId, UnitScope.currentUser());
  }
}
