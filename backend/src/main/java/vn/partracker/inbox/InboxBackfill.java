package vn.partracker.inbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills, once, what the work lists filter on (V19) for the open items written before it: each
 * subject's feature describes its subjects, a batch at a time, each batch its own transaction.
 * Idempotent (only rows without a search text), so several nodes starting at once do no harm.
 */
@Component
class InboxBackfill {

  private static final Logger log = LoggerFactory.getLogger(InboxBackfill.class);

  private final WorkItemRepository items;
  private final List<InboxSubjects> subjects;
  private final TransactionTemplate tx;

  InboxBackfill(WorkItemRepository items, List<InboxSubjects> subjects, TransactionTemplate tx) {
    this.items = items;
    this.subjects = subjects;
    this.tx = tx;
  }

  @EventListener(ApplicationReadyEvent.class)
  void backfill() {
    int filled = 0;
    while (true) {
      Integer done = tx.execute(status -> {
        List<WorkItem> batch = items.findTop500ByStatusAndSearchTextIsNull(WorkItem.Status.OPEN);
        Map<String, List<WorkItem>> byType = batch.stream().collect(Collectors.groupingBy(WorkItem::getSubjectType));
        byType.forEach((type, rows) -> {
          InboxSubjects described = subjects.stream().filter(s -> s.subjectType().equals(type)).findFirst().orElse(null);
          Map<Long, InboxSubjects.Subject> found = described == null ? Map.of()
              : described.describe(rows.stream().map(WorkItem::getSubjectId).collect(Collectors.toSet()));
          rows.forEach(w -> w.subject(found.get(w.getSubjectId())));
        });
        return batch.size();
      });
      if (done == null || done == 0) {
        break;
      }
      filled += done;
    }
    if (filled > 0) {
      log.info("Work lists: described {} open items written before V19", filled);
    }
  }
}
