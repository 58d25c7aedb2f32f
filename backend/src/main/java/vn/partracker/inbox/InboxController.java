package vn.partracker.inbox;

import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** {@code GET /api/tasks}: the caller's inbox and the dashboard's drill-down, a page at a time. */
@RestController
class InboxController {

  /** How long a browser keeps a list's filter choices: a plan activated meanwhile shows up after this at most. */
  static final Duration FACETS_MAX_AGE = Duration.ofMinutes(2);

  private final InboxService inbox;

  InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  /**
   * The caller's own work; with {@code unitId} the open work of that unit instead, with
   * {@code allUnits=true} the open work of every unit (roles that see all units): the dashboard's
   * drill-down. Filters: {@code role}, {@code kind} (subject type), {@code status} (each repeatable
   * or comma-separated), {@code planId}, {@code field}, {@code dueFrom}/{@code dueTo}, {@code q};
   * {@code sort=due} (nearest due first, the default) or {@code newest}; {@code cursor} from the
   * previous page's {@code nextCursor}, {@code size} 1–200 (50).
   */
  @GetMapping("/api/tasks")
  InboxService.Page inbox(@RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "false") boolean allUnits,
      @RequestParam(required = false) List<String> role, @RequestParam(required = false) List<String> kind,
      @RequestParam(required = false) List<String> status, @RequestParam(required = false) Long planId,
      @RequestParam(required = false) String field, @RequestParam(required = false) String dueFrom,
      @RequestParam(required = false) String dueTo, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer size) {
    return inbox.page(new InboxService.Query(unitId, allUnits, role, kind, status, planId, field, dueFrom, dueTo, q,
        sort, cursor, size), UnitScope.currentUser());
  }

  /**
   * The choices of the list's filters (plans, fields) for the same scope as {@code GET /api/tasks}:
   * a pass over the whole scope, so asked apart from the pages and kept by the browser for a while.
   */
  @GetMapping("/api/tasks/facets")
  ResponseEntity<WorkList.Facets> facets(@RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "false") boolean allUnits) {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(FACETS_MAX_AGE).cachePrivate())
        .body(inbox.facets(unitId, allUnits, UnitScope.currentUser()));
  }
}
