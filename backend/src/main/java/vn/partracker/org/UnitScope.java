package vn.partracker.org;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Message;

/**
 * The unit check every endpoint reuses. Administrators, the coordinator, leaders and the council
 * act on every unit; a head or staff member acts on their own unit and the units under it, and
 * never on another unit's data.
 */
@Component
@Transactional(readOnly = true)
public class UnitScope {

  /** A unit and the units below it (depth-bounded, so a damaged tree cannot loop). */
  private static final String SUBTREE = "with recursive sub (id, depth) as (select id, 0 from org_unit where id = ?"
      + " union all select u.id, s.depth + 1 from org_unit u join sub s on u.parent_id = s.id where s.depth < 32)"
      + " select distinct id from sub";

  private static final String SUBTREE_ATTRIBUTE = UnitScope.class.getName() + ".subtree.";

  private final UnitService units;
  private final UnitTree tree;
  private final JdbcTemplate jdbc;

  UnitScope(UnitService units, UnitTree tree, JdbcTemplate jdbc) {
    this.units = units;
    this.tree = tree;
    this.jdbc = jdbc;
  }

  /** The logged-in user; an API call without one never reaches a controller. */
  public static CurrentUser currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, Message.of("shared.loginRequired"), List.of());
  }

  /** Whether the user may read and change the data of this unit. */
  public boolean canAct(CurrentUser user, long unitId) {
    return user.seesAllUnits() || actableUnitIds(user).contains(unitId);
  }

  /** Refuses (403) unless the current user may act on this unit. */
  public void check(long unitId) {
    if (!canAct(currentUser(), unitId)) {
      throw ApiException.forbidden("shared.unitForbidden");
    }
  }

  /**
   * The user's own unit and every unit below it: one recursive query over the parent links, not
   * the whole tree (thousands of units in a national installation).
   */
  public Set<Long> actableUnitIds(CurrentUser user) {
    return user.unitId() == null ? Set.of() : subtree(user.unitId());
  }

  /**
   * A unit and every unit below it (empty for an unknown unit): read once per request and unit (a task's
   * page asks for the caller's units once per step), again in a transaction that changed units.
   */
  public Set<Long> subtree(long unitId) {
    RequestAttributes request = tree.writing() ? null : RequestContextHolder.getRequestAttributes();
    String key = SUBTREE_ATTRIBUTE + unitId;
    @SuppressWarnings("unchecked")
    Set<Long> read = request == null ? null : (Set<Long>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (read == null) {
      read = Set.copyOf(jdbc.queryForList(SUBTREE, Long.class, unitId));
      if (request != null) {
        request.setAttribute(key, read, RequestAttributes.SCOPE_REQUEST);
      }
    }
    return new HashSet<>(read);
  }

  /** What the user may see in the tree: all units, or their subtree plus the path above it. */
  public List<UnitView> visibleUnits(CurrentUser user) {
    List<UnitView> all = units.all();
    if (user.seesAllUnits()) {
      return all;
    }
    Set<Long> visible = new HashSet<>(actableUnitIds(user));
    Map<Long, UnitView> byId = all.stream().collect(Collectors.toMap(UnitView::id, u -> u));
    for (Long id = user.unitId(); id != null && byId.containsKey(id); id = byId.get(id).parentId()) {
      visible.add(id);
    }
    return all.stream().filter(u -> visible.contains(u.id())).toList();
  }
}
