package vn.partracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;

/**
 * The dashboard benchmark at {@link DashboardBench#SMOKE} scale in the README test command, so that
 * it cannot rot unseen (it broke once with the deployment of its plain model). Asserts that every
 * part ran and printed its figures, never the figures themselves.
 */
class DashboardBenchSmokeIT extends DashboardBench {

  @Override
  Scale scale() {
    return SMOKE;
  }

  @AfterEach
  void everyPartPrintedItsFigures() {
    assertThat(report.toString())
        .contains("data: ", "(a) GET /api/dashboard/coordinator", "(b) bare SQL aggregate", "plan: ",
            "same endpoint as a commune head", "UnitScope.actableUnitIds",
            "(e) work lists: ", "coordinator's first inbox page GET /api/tasks", "drill-down, second page",
            "(d) plan activation", "ratio ours/bare throughput", "rows written per task process, ours: ",
            "(c) Camunda: ", "ratio Camunda (extrapolated) / our endpoint p50")
        .doesNotContain("NaN", "Infinity");
  }
}
