package vn.partracker.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.partracker.ParTrackerApplication;
import vn.partracker.improvement.PlanLifecycle;
import vn.partracker.org.UserRequest;
import vn.partracker.org.UserService;
import vn.partracker.support.EmbeddedPostgres;
import vn.partracker.support.SyntheticData;

/**
 * The application as the load test meets it: the packaged configuration with the {@code postgres}
 * profile on an embedded PostgreSQL 17, hand-over mail to a local SMTP server (GreenMail), and a
 * province's data: the synthetic province of {@link SyntheticData} (one province, its departments,
 * districts and communes; a year of open and closed tasks without processes behind them, for the
 * dashboard), one APPROVED plan whose items every unit leads in turn, activated through
 * {@link PlanLifecycle} (real task processes: each unit's inbox holds {@code tasksPerUnit} reportable
 * tasks), the unit heads ({@code load-head-001}...) of as many units without units below them (one
 * head a unit, so that no two virtual users report the same task) and the province's
 * coordinators ({@code load-coord-1}...). Every password is {@link #PASSWORD}, hashed as usual.
 */
public final class LoadServer implements AutoCloseable {

  public static final String PASSWORD = "matkhau-load-1";

  /**
   * A province of 214 units (the {@link SyntheticData#PROVINCE} tree with 23 communes a district
   * instead of 15, so that 200 unit heads each have a unit of their own with no unit below it: 21
   * departments and 184 communes) and its year of tasks, as dense as the province's.
   */
  public static final SyntheticData.Size PROVINCE = new SyntheticData.Size(1, 21, 8, 23, 4_000, 9_000, 1);

  public record Settings(int port, int heads, int coordinators, int tasksPerUnit) {}

  /** What was seeded, for the report. */
  public record Seeded(int units, int syntheticTasks, int processTasks, int heads, int coordinators, long seedMillis) {}

  private final GreenMail smtp;
  private final ConfigurableApplicationContext context;
  private final Seeded seeded;

  private LoadServer(GreenMail smtp, ConfigurableApplicationContext context, Seeded seeded) {
    this.smtp = smtp;
    this.context = context;
    this.seeded = seeded;
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String headName(int i) {
    return String.format("load-head-%03d", i);
  }

  public static String coordinatorName(int i) {
    return "load-coord-" + i;
  }

  /** Starts the mail server, the database and the application on {@code settings.port()}, then seeds. */
  public static LoadServer start(Settings settings) {
    long t0 = System.nanoTime();
    GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    String url = EmbeddedPostgres.jdbcUrl("load_test");
    // as arguments: they override the postgres profile's settings (which read SPRING_DATASOURCE_* etc.)
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ParTrackerApplication.class)
        .profiles("postgres")
        .run("--server.port=" + settings.port(),
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--par.base-url=http://localhost:" + settings.port(),
            "--logging.level.root=WARN",
            "--logging.level.vn.partracker=INFO",
            // Gatling runs in this JVM, so Spring Boot configures its logging too: failed requests with their answers
            "--logging.level.io.gatling.http.engine.response=DEBUG");
    try {
      Seeded seeded = seed(context, settings, t0);
      return new LoadServer(smtp, context, seeded);
    } catch (RuntimeException e) {
      context.close();
      smtp.stop();
      throw e;
    }
  }

  private static Seeded seed(ConfigurableApplicationContext context, Settings settings, long t0) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    UserService users = context.getBean(UserService.class);
    PlanLifecycle plans = context.getBean(PlanLifecycle.class);
    LocalDate today = LocalDate.now(context.getBean(Clock.class));
    SyntheticData.Result data = SyntheticData.generate(context.getBean(DataSource.class), PROVINCE, today, 7);
    context.publishEvent(new vn.partracker.org.UnitTree.Changed()); // units written with SQL: the kept tree is dropped
    long province = data.provinceIds().get(0);
    // units without units below them: a district head's inbox also holds its communes' work, and two heads
    // reporting one task would make the second a 409 that the test counts as an error
    List<Long> units = jdbc.queryForList("select id from org_unit u where not exists"
        + " (select 1 from org_unit c where c.parent_id = u.id) order by id", Long.class);
    if (units.size() < settings.heads()) {
      throw new IllegalStateException(settings.heads() + " unit heads need as many units without units below them;"
          + " the province has " + units.size());
    }
    List<UserRequest> requests = new ArrayList<>();
    IntStream.rangeClosed(1, settings.coordinators()).forEach(i -> requests.add(new UserRequest(coordinatorName(i),
        "Điều phối " + i, coordinatorName(i) + "@load.vn", province, List.of("COORDINATOR"), true, PASSWORD)));
    IntStream.rangeClosed(1, settings.heads()).forEach(i -> requests.add(new UserRequest(headName(i),
        "Trưởng đơn vị " + i, headName(i) + "@load.vn", units.get(i - 1), List.of("UNIT_HEAD"), true, PASSWORD)));
    requests.forEach(request -> users.create(request, null));
    int unitCount = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
    long plan = SyntheticData.approvedPlans(jdbc, 1, unitCount * settings.tasksPerUnit(), today, province).get(0);
    plans.activateNow(plan);
    jdbc.execute("vacuum analyze");
    long processTasks = jdbc.queryForObject("select count(*) from improvement_task where plan_id = ?", Long.class, plan);
    return new Seeded(unitCount, data.tasks(), (int) processTasks, settings.heads(), settings.coordinators(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  public Seeded seeded() {
    return seeded;
  }

  /** Mail the application sent during the run (hand-overs to the coordinators), as received. */
  public int mailsReceived() {
    return smtp.getReceivedMessages().length;
  }

  @Override
  public void close() {
    context.close();
    smtp.stop();
  }
}
