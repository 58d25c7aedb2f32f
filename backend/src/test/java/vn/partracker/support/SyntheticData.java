package vn.partracker.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic organisations and improvement work for tests and benchmarks, written straight into our
 * domain tables ({@code org_unit}, {@code improvement_plan}, {@code improvement_item},
 * {@code improvement_task}) without the services or the process engine: the tasks have no
 * {@code improvement-task} process behind them. PostgreSQL gets the rows through {@code COPY};
 * other databases (H2) through JDBC batches. The same seed and day give the same data.
 *
 * <p>Each province is a tree: the province, its departments, its districts and their communes.
 * Every province has one ACTIVE plan per year (owner: the province), items of ten task occurrences
 * each led by one unit of the province. Open tasks (OPEN, SUBMITTED, RETURNED) are a mix of
 * overdue, due within the week and due later; closed tasks are ACCEPTED on time or late, with a few
 * CANCELLED; a few WAITING tasks (period not open yet) are in the current year.
 */
public final class SyntheticData {

  /**
   * What to generate. Open tasks all belong to the current year; closed tasks are spread evenly
   * over {@code years} years ending with the current one.
   */
  public record Size(int provinces, int departments, int districts, int communesPerDistrict, int openTasks,
      int closedTasks, int years) {

    public int unitsPerProvince() {
      return 1 + departments + districts + districts * communesPerDistrict;
    }

    public int units() {
      return provinces * unitsPerProvince();
    }
  }

  /** A province: 150 units (1 + 21 departments + 8 districts of 15 communes), 10,000 tasks in one year. */
  public static final Size PROVINCE = new Size(1, 21, 8, 15, 3_000, 7_000, 1);

  /**
   * A national installation: 34 provinces of 118 units (4,012 units), 300,000 open tasks in the
   * current year and 1,000,000 closed tasks over five years (200,000 a year).
   */
  public static final Size NATIONAL = new Size(34, 21, 8, 11, 300_000, 1_000_000, 5);

  /** What was written: the province root ids and the counts. */
  public record Result(List<Long> provinceIds, int units, int plans, int items, int tasks) {}

  static final int TASKS_PER_ITEM = 10;

  private SyntheticData() {}

  public static Result generate(DataSource dataSource, Size size, LocalDate today, long seed) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      Result result = new Generator(connection, size, today, new Random(seed)).run();
      connection.commit();
      connection.setAutoCommit(autoCommit);
      return result;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not generate synthetic data", e);
    }
  }

  /**
   * APPROVED plans of today's year, ready for {@code PlanLifecycle.activate}: one task occurrence per
   * item (a fixed due day, 10 to 209 days ahead), the items' lead units taken in turn from every
   * unit by id (plan after plan), so that each unit leads as many items as the others, give or take one.
   */
  public static List<Long> approvedPlans(JdbcTemplate jdbc, int count, int itemsPerPlan, LocalDate today, long owner) {
    List<Long> unitIds = jdbc.queryForList("select id from org_unit order by id", Long.class);
    List<Long> ids = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      long plan = jdbc.queryForObject("insert into improvement_plan (name, plan_year, owner_unit_id, status, source,"
          + " approved_by, approved_at, created_at, updated_at) values (?, ?, ?, 'APPROVED', 'MANUAL', 'bench', now(),"
          + " now(), now()) returning id", Long.class, "Kế hoạch đo hiệu năng " + (p + 1), today.getYear(), owner);
      List<Object[]> items = new ArrayList<>();
      for (int i = 0; i < itemsPerPlan; i++) {
        LocalDate due = today.plusDays(10 + (i % 200));
        items.add(new Object[] {plan, i + 1, "1." + (i + 1), "Nội dung " + (i + 1), "Thực hiện và báo cáo",
            "Hạn " + due, java.sql.Date.valueOf(due)});
      }
      jdbc.batchUpdate("insert into improvement_item (plan_id, position, code, title, tasks, deadline_text,"
          + " deadline_due) values (?, ?, ?, ?, ?, ?, ?)", items);
      jdbc.update("insert into improvement_item_lead (item_id, position, unit_id) select i.id, 0, u.id from"
          + " improvement_item i join (select id, row_number() over (order by id) - 1 n from org_unit) u"
          + " on u.n = ((? * ? + i.position - 1) % (select count(*) from org_unit)) where i.plan_id = ?",
          p, itemsPerPlan, plan);
      ids.add(plan);
    }
    return ids;
  }

  private static final class Generator {
    final Connection connection;
    final Size size;
    final LocalDate today;
    final Random random;
    final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    final boolean postgres;

    Generator(Connection connection, Size size, LocalDate today, Random random) throws SQLException {
      this.connection = connection;
      this.size = size;
      this.today = today;
      this.random = random;
      this.postgres = connection.isWrapperFor(PGConnection.class);
    }

    Result run() throws SQLException, IOException {
      long unitId = next("org_unit");
      long planId = next("improvement_plan");
      long itemId = next("improvement_item");
      long taskId = next("improvement_task");
      int year = today.getYear();
      Rows units = new Rows(null, "org_unit", "id, name, short_name, level, parent_id, created_at, updated_at");
      Rows plans = new Rows(units, "improvement_plan",
          "id, name, plan_year, owner_unit_id, status, source, created_at, updated_at");
      Rows items = new Rows(plans, "improvement_item",
          "id, plan_id, position, code, title, tasks, deadline_text");
      Rows itemLeads = new Rows(items, "improvement_item_lead", "item_id, position, unit_id");
      Rows tasks = new Rows(items, "improvement_task", "id, plan_id, item_id, label, opens_on, due_on, status, overdue, "
          + "lead_unit_id, submitted_on, submitted_at, submitted_by, created_at, updated_at");
      List<Long> provinceIds = new ArrayList<>();
      List<List<Long>> provinceUnits = new ArrayList<>();
      for (int p = 0; p < size.provinces(); p++) {
        long province = unitId++;
        provinceIds.add(province);
        List<Long> members = new ArrayList<>();
        members.add(province);
        String pn = "Tỉnh Tổng Hợp " + (p + 1);
        units.add(province, pn, "TTH" + (p + 1), "PROVINCE", null, now, now);
        for (int d = 0; d < size.departments(); d++) {
          members.add(unitId);
          units.add(unitId++, "Sở " + (d + 1) + " - " + pn, null, "DEPARTMENT", province, now, now);
        }
        for (int d = 0; d < size.districts(); d++) {
          long district = unitId++;
          members.add(district);
          String dn = "Huyện " + (d + 1) + " - " + pn;
          units.add(district, dn, null, "DISTRICT", province, now, now);
          for (int c = 0; c < size.communesPerDistrict(); c++) {
            members.add(unitId);
            units.add(unitId++, "Xã " + (c + 1) + " - " + dn, null, "COMMUNE", district, now, now);
          }
        }
        provinceUnits.add(members);
      }
      units.send();
      int taskCount = 0;
      int itemCount = 0;
      int planCount = 0;
      for (int y = year - size.years() + 1; y <= year; y++) {
        boolean current = y == year;
        for (int p = 0; p < size.provinces(); p++) {
          long plan = planId++;
          planCount++;
          plans.add(plan, "Kế hoạch nâng cao Chỉ số CCHC năm " + y + " - Tỉnh Tổng Hợp " + (p + 1), y,
              provinceIds.get(p), "ACTIVE", "GENERATED", now, now);
          int open = current ? share(size.openTasks(), p) : 0;
          int closed = share(size.closedTasks() / size.years(), p);
          List<Long> members = provinceUnits.get(p);
          int position = 0;
          long item = 0;
          long lead = 0;
          for (int t = 0; t < open + closed; t++) {
            if (t % TASKS_PER_ITEM == 0) {
              item = itemId++;
              itemCount++;
              lead = members.get(random.nextInt(members.size()));
              position++;
              items.add(item, plan, position, "1." + position, "Nội dung cải thiện " + position,
                  "Thực hiện và báo cáo kết quả", "Hằng tháng");
              itemLeads.add(item, 0, lead);
            }
            String label = "Kỳ " + (t % TASKS_PER_ITEM + 1);
            if (t < open) {
              addOpen(tasks, taskId++, plan, item, label, lead, current);
            } else {
              addClosed(tasks, taskId++, plan, item, label, lead, y);
            }
            taskCount++;
          }
        }
      }
      tasks.send();
      itemLeads.send();
      restart("org_unit", unitId);
      restart("improvement_plan", planId);
      restart("improvement_item", itemId);
      restart("improvement_task", taskId);
      return new Result(provinceIds, size.units(), planCount, itemCount, taskCount);
    }

    /** Province p's part of a total, the remainder going to the first provinces. */
    int share(int total, int p) {
      return total / size.provinces() + (p < total % size.provinces() ? 1 : 0);
    }

    /** 30 % overdue, 15 % due within the week, the rest later; a few WAITING besides. */
    void addOpen(Rows tasks, long id, long plan, long item, String label, long lead, boolean current)
        throws SQLException, IOException {
      int kind = random.nextInt(100);
      String status = switch (random.nextInt(10)) {
        case 0, 1 -> "SUBMITTED";
        case 2 -> "RETURNED";
        default -> "OPEN";
      };
      LocalDate due;
      if (kind < 30) {
        due = today.minusDays(1 + random.nextInt(90));
      } else if (kind < 45) {
        due = today.plusDays(random.nextInt(8));
      } else if (kind < 97) {
        due = today.plusDays(8 + random.nextInt(180));
      } else {
        due = today.plusDays(30 + random.nextInt(150));
        status = "WAITING";
      }
      LocalDate opens = status.equals("WAITING") ? due.minusDays(20) : due.minusDays(30);
      LocalDate submittedOn = status.equals("SUBMITTED") ? due.minusDays(random.nextInt(10) - 3) : null;
      if (submittedOn != null && submittedOn.isAfter(today)) {
        submittedOn = today;
      }
      tasks.add(id, plan, item, label, opens, due, status, due.isBefore(today) && !status.equals("WAITING"), lead,
          submittedOn, submittedOn == null ? null : at(submittedOn), submittedOn == null ? null : "synthetic",
          now, now);
    }

    /** 75 % accepted on time, 22 % accepted late, 3 % cancelled; due dates within their year, before today. */
    void addClosed(Rows tasks, long id, long plan, long item, String label, long lead, int year)
        throws SQLException, IOException {
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate last = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
      long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
      LocalDate due = first.plusDays(random.nextInt((int) span));
      int kind = random.nextInt(100);
      String status = kind < 97 ? "ACCEPTED" : "CANCELLED";
      LocalDate submitted = null;
      if (kind < 75) {
        submitted = due.minusDays(random.nextInt(10));
      } else if (kind < 97) {
        submitted = due.plusDays(1 + random.nextInt(20));
        if (!submitted.isBefore(today)) {
          submitted = today;
        }
      }
      tasks.add(id, plan, item, label, due.minusDays(30), due, status, kind >= 75 && kind < 97, lead, submitted,
          submitted == null ? null : at(submitted), submitted == null ? null : "synthetic", now, now);
    }

    OffsetDateTime at(LocalDate day) {
      return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
    }

    long next(String table) throws SQLException {
      try (var statement = connection.createStatement();
          var rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    /** Ids continue after the ids written here, so the services can add rows. */
    void restart(String table, long next) throws SQLException {
      try (var statement = connection.createStatement()) {
        if (table.equals("improvement_task")) { // ids from a sequence in blocks of 50, each value a block's last id
          statement.execute("alter sequence improvement_task_seq restart with " + (next + 49));
        } else if (postgres) {
          statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
        } else {
          statement.execute("alter table " + table + " alter column id restart with " + next);
        }
      }
    }

    /**
     * Rows of one table, sent by COPY (PostgreSQL) or a JDBC batch every 10,000 rows; the parent
     * table's pending rows go first, so references hold.
     */
    final class Rows {
      final Rows parent;
      final String table;
      final String columns;
      final List<Object[]> pending = new ArrayList<>();

      Rows(Rows parent, String table, String columns) {
        this.parent = parent;
        this.table = table;
        this.columns = columns;
      }

      void add(Object... values) throws SQLException, IOException {
        pending.add(values);
        if (pending.size() == 10_000) {
          send();
        }
      }

      void send() throws SQLException, IOException {
        if (parent != null) {
          parent.send();
        }
        if (pending.isEmpty()) {
          return;
        }
        if (postgres) {
          StringBuilder text = new StringBuilder();
          for (Object[] row : pending) {
            for (int i = 0; i < row.length; i++) {
              text.append(i == 0 ? "" : "\t").append(row[i] == null ? "\\N" : row[i].toString());
            }
            text.append('\n');
          }
          connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin",
              new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } else {
          String marks = String.join(", ", Collections.nCopies(pending.get(0).length, "?"));
          try (PreparedStatement insert = connection.prepareStatement(
              "insert into " + table + " (" + columns + ") values (" + marks + ")")) {
            for (Object[] row : pending) {
              for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                insert.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
              }
              insert.addBatch();
            }
            insert.executeBatch();
          }
        }
        pending.clear();
      }
    }
  }
}
