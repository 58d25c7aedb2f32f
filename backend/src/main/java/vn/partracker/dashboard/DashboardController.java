package vn.partracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** Dashboards for the coordinator and leaders; unit heads see their own standing. */
@RestController
class DashboardController {

  private final DashboardService dashboards;
  private final Clock clock;

  DashboardController(DashboardService dashboards, Clock clock) {
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping("/api/dashboard/coordinator")
  DashboardService.Coordinator coordinator(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) Long planId, @RequestParam(required = false) String level) {
    return dashboards.coordinator(year(year), planId, level, UnitScope.currentUser());
  }

  @GetMapping("/api/dashboard/timeline")
  DashboardService.Timeline timeline(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) Long planId, @RequestParam(required = false) String level) {
    return dashboards.timeline(year(year), planId, level, UnitScope.currentUser());
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  @GetMapping("/api/dashboard/scores")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LEADER','COUNCIL')")
  DashboardService.Scores scores(@RequestParam long planId) {
    return dashboards.scores(planId);
  }
}
