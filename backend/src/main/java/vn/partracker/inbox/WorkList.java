package vn.partracker.inbox;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import vn.partracker.shared.Cursor;

/**
 * One page of open work items in keyset order, with the counts per status the chips show, and
 * apart from it the plans and fields offered as filters. Plain SQL over {@code work_item} alone (its
 * V19 columns hold what the filters need), so a page costs an index range read however many items
 * the scope holds: the cursor is the last row's sort key, never an offset, and a row inserted
 * meanwhile neither shifts nor repeats the rows after it. A scope of units and role groups is read
 * as one branch per index (units; groups), each in keyset order, merged: an {@code or} of the two
 * would read and sort every item of the scope. The status comes from {@code returned} and
 * {@code due_key}, both in the indexes (V27), so the unfiltered counts are index-only scans; a role
 * group's unfiltered counts, the same for everyone in the role, are kept between changes
 * ({@link GroupCounts}).
 */
@Component
class WorkList {

  /** Whose open work: a set of units and role groups (an inbox), one unit, or every unit (null ids). */
  record Scope(Collection<Long> unitIds, Collection<String> groups, boolean anyUnit) {}

  /** The filters; null or empty means no filter. */
  record Filter(List<String> roles, List<String> kinds, List<String> statuses, @Nullable Long planId, @Nullable String field,
      @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, String text) {}

  enum Sort { DUE, NEWEST }

  /** A row of the page: its id and its sort key (the items are then read by id). */
  record Key(String id, String sortKey) {}

  record PlanFacet(long id, String name) {}

  record Result(List<Key> items, @Nullable String nextCursor, @Nullable Map<String, Long> counts) {}

  /** The plans and the fields of a scope's open work: the choices of the filters. */
  record Facets(List<PlanFacet> plans, List<String> fields) {}

  static final List<String> STATUSES = List.of("OVERDUE", "DUE_SOON", "RETURNED", "OPEN");

  private final NamedParameterJdbcTemplate jdbc;
  private final GroupCounts groupCounts;

  WorkList(NamedParameterJdbcTemplate jdbc, GroupCounts groupCounts) {
    this.jdbc = jdbc;
    this.groupCounts = groupCounts;
  }

  /** Items after the cursor; the counts (every filter but the status) on the first page only, where the chips are drawn. */
  Result page(Scope scope, Filter filter, Sort sort, String cursor, int size, LocalDate today) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    p.addValue("today", today).addValue("soon", today.plusDays(InboxService.DUE_SOON_DAYS));
    List<String> branches = branches(scope, p);
    String filters = filters(filter, p);
    String keyset = cursor == null ? "" : keyset(sort, cursor, p);
    String key = sort == Sort.DUE ? "due_key" : "created_at";
    String direction = sort == Sort.DUE ? " asc" : " desc";
    String fetch = " fetch first " + (size + 1) + " rows only";
    String sql = "select id, " + key + " from (" + String.join(" union all ", branches.stream()
        .map(b -> "(select w.id, w." + key + " from work_item w where " + b + filters + statusFilter(filter.statuses())
            + keyset + " order by w." + key + direction + ", w.id" + direction + fetch + ")").toList())
        + ") x order by " + key + direction + ", id" + direction + fetch;
    List<Key> rows = new ArrayList<>(jdbc.query(sql, p, (rs, n) -> new Key(rs.getString(1), sort == Sort.DUE
        ? rs.getObject(2, LocalDate.class).toString() : String.valueOf(Cursor.micros(rs.getTimestamp(2).toInstant())))));
    String next = null;
    if (rows.size() > size) {
      rows = rows.subList(0, size);
      Key last = rows.get(size - 1);
      next = Cursor.encode(sort == Sort.DUE ? "D" : "N", last.sortKey(), last.id());
    }
    Map<String, Long> counts = null;
    if (cursor == null) {
      counts = new LinkedHashMap<>();
      for (String s : STATUSES) {
        counts.put(s, 0L);
      }
      // a role group's unfiltered counts are kept between changes (GroupCounts); the rest is counted here
      // (the role groups' branch is the last one)
      boolean keptGroups = filters.isEmpty() && !scope.anyUnit() && !scope.groups().isEmpty();
      List<String> counted = keptGroups ? branches.subList(0, branches.size() - 1) : branches;
      if (!counted.isEmpty()) {
        count(counted, filters, p).forEach(counts::put);
      }
      if (keptGroups) {
        Map<String, Long> sum = counts;
        groupCounts.of(Set.copyOf(scope.groups()), today, () -> count(List.of(branches.get(branches.size() - 1)), "", p))
            .forEach((status, n) -> sum.merge(status, n, Long::sum));
      }
    }
    return new Result(rows, next, counts);
  }

  /** The items of these branches by status. */
  private Map<String, Long> count(List<String> branches, String filters, MapSqlParameterSource p) {
    Map<String, Long> found = new HashMap<>();
    jdbc.query("select st, count(*) as n from (" + String.join(" union all ", branches.stream()
        .map(b -> "select " + STATUS + " as st from work_item w where " + b + filters).toList()) + ") x group by st",
        p, rs -> {
          found.put(rs.getString("st"), rs.getLong("n"));
        });
    return found;
  }

  /** The plans and fields of the scope's open work, for the filters (a pass over the scope: asked apart and cached). */
  Facets facets(Scope scope) {
    MapSqlParameterSource p = new MapSqlParameterSource();
    Map<Long, String> planNames = new TreeMap<>();
    java.util.Set<String> fieldCodes = new java.util.TreeSet<>(WorkList::compareCodes);
    for (String branch : branches(scope, p)) {
      jdbc.query("select w.plan_id, w.context, w.field_code from work_item w where " + branch
          + " group by w.plan_id, w.context, w.field_code", p, rs -> {
            long planId = rs.getLong("plan_id");
            if (!rs.wasNull()) {
              planNames.putIfAbsent(planId, rs.getString("context"));
            }
            String field = rs.getString("field_code");
            if (field != null) {
              fieldCodes.add(field);
            }
          });
    }
    return new Facets(planNames.entrySet().stream().map(e -> new PlanFacet(e.getKey(), e.getValue())).toList(),
        List.copyOf(fieldCodes));
  }

  /**
   * The status the inbox colours, as SQL: sent back first, then by the due date ({@code due_key} is
   * the due date, or 31/12/9999 for none: open).
   */
  private static final String STATUS = "case when w.returned then 'RETURNED' when w.due_key < :today then 'OVERDUE'"
      + " when w.due_key <= :soon then 'DUE_SOON' else 'OPEN' end";

  /**
   * The scope as conditions that each one index answers, the units' first and the role groups' last;
   * their items never overlap (a unit's item has its unit and a {@code unit-} group, a role group's
   * item no unit).
   */
  private static List<String> branches(Scope scope, MapSqlParameterSource p) {
    if (scope.anyUnit()) {
      return List.of("w.status = 'OPEN' and w.unit_id is not null");
    }
    List<String> branches = new ArrayList<>();
    if (!scope.unitIds().isEmpty()) {
      p.addValue("units", scope.unitIds());
      branches.add("w.unit_id in (:units) and w.status = 'OPEN'");
    }
    if (!scope.groups().isEmpty()) {
      p.addValue("groups", scope.groups());
      branches.add("w.candidate_group in (:groups) and w.status = 'OPEN'");
    }
    return branches.isEmpty() ? List.of("1 = 0") : branches;
  }

  private static String filters(Filter f, MapSqlParameterSource p) {
    StringBuilder sql = new StringBuilder();
    if (f.roles() != null && !f.roles().isEmpty()) {
      p.addValue("roles", f.roles());
      sql.append(" and w.role in (:roles)");
    }
    if (f.kinds() != null && !f.kinds().isEmpty()) {
      p.addValue("kinds", f.kinds());
      sql.append(" and w.subject_type in (:kinds)");
    }
    if (f.planId() != null) {
      p.addValue("planId", f.planId());
      sql.append(" and w.plan_id = :planId");
    }
    if (f.field() != null) {
      p.addValue("field", f.field());
      sql.append(" and w.field_code = :field");
    }
    if (f.dueFrom() != null) {
      p.addValue("dueFrom", f.dueFrom());
      sql.append(" and w.due_on >= :dueFrom");
    }
    if (f.dueTo() != null) {
      p.addValue("dueTo", f.dueTo());
      sql.append(" and w.due_on <= :dueTo");
    }
    if (f.text() != null && !f.text().isBlank()) {
      String folded = vn.partracker.shared.Table.key(f.text());
      p.addValue("text", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      sql.append(" and w.search_text like :text escape '\\'");
    }
    return sql.toString();
  }

  private static String statusFilter(List<String> statuses) {
    if (statuses == null || statuses.isEmpty() || statuses.containsAll(STATUSES)) {
      return "";
    }
    return " and " + STATUS + " in (" + String.join(", ", statuses.stream().map(s -> "'" + s + "'").toList()) + ")";
  }

  /** The rows strictly after the cursor's row in the sort's order. */
  private static String keyset(Sort sort, String cursor, MapSqlParameterSource p) {
    String[] parts = Cursor.decode(cursor, 3);
    try {
      if (sort == Sort.DUE && parts[0].equals("D")) {
        p.addValue("cKey", LocalDate.parse(parts[1])).addValue("cId", parts[2]);
        return " and (w.due_key > :cKey or (w.due_key = :cKey and w.id > :cId))";
      }
      if (sort == Sort.NEWEST && parts[0].equals("N")) {
        p.addValue("cAt", Timestamp.from(Cursor.fromMicros(parts[1]))).addValue("cId", parts[2]);
        return " and (w.created_at < :cAt or (w.created_at = :cAt and w.id < :cId))";
      }
    } catch (RuntimeException e) {
      // falls through to the error below
    }
    throw Cursor.invalid();
  }

  /** Field codes in their natural order: "2" before "10". */
  static int compareCodes(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 10;
    boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 10;
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }
}
