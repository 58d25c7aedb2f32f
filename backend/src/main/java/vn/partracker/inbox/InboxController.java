package vn.partracker.inbox;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** {@code GET /api/tasks}: the caller's inbox. */
@RestController
class InboxController {

  private final InboxService inbox;

  InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  /**
   * The caller's own work; with {@code unitId} the open work of that unit instead (the dashboard's
   * drill-down), with {@code allUnits=true} the open work of every unit (roles that see all units).
   */
  @GetMapping("/api/tasks")
  List<InboxService.Entry> inbox(@RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "false") boolean allUnits) {
    if (unitId != null || allUnits) {
      return inbox.unitWork(unitId, UnitScope.currentUser());
    }
    return inbox.inbox(UnitScope.currentUser());
  }
}
