package vn.partracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** Dashboards for the coordinator and leaders; unit heads see their own standing. */
@RestController
class DashboardController {

  private final DashboardService dashboards;
  private final ScoreService scores;
  private final Clock clock;

  DashboardController(DashboardService dashboards, ScoreService scores, Clock clock) {
    this.dashboards = dashboards;
    this.scores = scores;
    this.clock = clock;
  }

  @GetMapping("/api/dashboard/coordinator")
  DashboardService.Coordinator coordinator(@RequestParam(required = false) Integer year, @ParameterObject DashboardFilter filter) {
    return dashboards.coordinator(year(year), filter, UnitScope.currentUser());
  }

  @GetMapping("/api/dashboard/fields")
  List<DashboardService.FieldRow> fields(@RequestParam(required = false) Integer year, @ParameterObject DashboardFilter filter) {
    return dashboards.fields(year(year), filter, UnitScope.currentUser());
  }

  @GetMapping("/api/dashboard/timeline")
  DashboardService.Timeline timeline(@RequestParam(required = false) Integer year, @ParameterObject DashboardFilter filter) {
    return dashboards.timeline(year(year), filter, UnitScope.currentUser());
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  /** A plan's scores: everyone who sees all units; a unit's people for their own unit's plans. */
  @GetMapping("/api/dashboard/scores")
  ScoreService.Scores scores(@RequestParam long planId) {
    return scores.scores(planId, UnitScope.currentUser());
  }
}
