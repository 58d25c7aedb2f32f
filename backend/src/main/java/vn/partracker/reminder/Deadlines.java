package vn.partracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tracked deadlines (rem_deadline), one per subject. */
@Repository
class Deadlines {

  record Row(long id, Deadline deadline) {}

  private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), new Deadline(
      rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("title"), rs.getLong("unit_id"),
      rs.getObject("due_date", LocalDate.class), rs.getString("link_path"), rs.getString("policy_key")));

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlDialect dialect;

  Deadlines(NamedParameterJdbcTemplate jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  void upsert(Deadline d, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("type", d.subjectType()).addValue("id", d.subjectId()).addValue("title", d.title())
        .addValue("unit", d.unitId()).addValue("due", d.dueDate()).addValue("link", d.linkPath())
        .addValue("policy", d.policyKey()).addValue("now", Db.ts(now));
    if (dialect.postgres()) { // one atomic statement
      jdbc.update("""
          insert into rem_deadline (subject_type, subject_id, title, unit_id, due_date, link_path, policy_key,
            created_at, updated_at) values (:type, :id, :title, :unit, :due, :link, :policy, :now, :now)
          on conflict (subject_type, subject_id) do update set title = excluded.title, unit_id = excluded.unit_id,
            due_date = excluded.due_date, link_path = excluded.link_path, policy_key = excluded.policy_key,
            updated_at = excluded.updated_at""", p);
      return;
    }
    int updated = jdbc.update("""
        update rem_deadline set title = :title, unit_id = :unit, due_date = :due, link_path = :link,
          policy_key = :policy, updated_at = :now where subject_type = :type and subject_id = :id""", p);
    if (updated == 0) {
      jdbc.update("""
          insert into rem_deadline (subject_type, subject_id, title, unit_id, due_date, link_path, policy_key,
            created_at, updated_at) values (:type, :id, :title, :unit, :due, :link, :policy, :now, :now)""", p);
    }
  }

  int deleteAll(String type, Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    int deleted = 0;
    for (int from = 0; from < all.size(); from += 1000) {
      deleted += jdbc.update("delete from rem_deadline where subject_type = :type and subject_id in (:ids)",
          Map.of("type", type, "ids", all.subList(from, Math.min(all.size(), from + 1000))));
    }
    return deleted;
  }

  boolean delete(String type, String id) {
    return jdbc.update("delete from rem_deadline where subject_type = :type and subject_id = :id",
        Map.of("type", type, "id", id)) > 0;
  }

  /** Dated deadlines due on or before {@code horizon}, by id after {@code afterId} (keyset paging). */
  List<Row> datedPage(LocalDate horizon, long afterId, int limit) {
    return jdbc.query("""
        select * from rem_deadline where due_date is not null and due_date <= :horizon and id > :after
        order by id limit :limit""",
        Map.of("horizon", horizon, "after", afterId, "limit", limit), ROW);
  }

  /** Dated deadlines due from {@code from} of these units (all units when null), by due date. */
  List<Deadline> ofUnits(Collection<Long> unitIds, LocalDate from) {
    if (unitIds != null && unitIds.isEmpty()) {
      return List.of();
    }
    MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("units", unitIds);
    String units = unitIds == null ? "" : " and unit_id in (:units)";
    return jdbc.query("select * from rem_deadline where due_date >= :from" + units + " order by due_date, id", p, ROW)
        .stream().map(Row::deadline).toList();
  }

  long count() {
    Long count = jdbc.queryForObject("select count(*) from rem_deadline", Map.of(), Long.class);
    return count == null ? 0 : count;
  }
}
