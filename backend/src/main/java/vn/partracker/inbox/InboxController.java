package vn.partracker.inbox;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.org.UnitScope;

/** {@code GET /api/tasks}: the caller's inbox. */
@RestController
class InboxController {

  private final InboxService inbox;

  InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/api/tasks")
  List<InboxService.Entry> inbox() {
    return inbox.inbox(UnitScope.currentUser());
  }
}
