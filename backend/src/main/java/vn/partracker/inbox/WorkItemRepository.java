package vn.partracker.inbox;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

  /** Open items written before V19 (no search text yet), a batch at a time. */
  List<WorkItem> findTop500ByStatusAndSearchTextIsNull(WorkItem.Status status);

  List<WorkItem> findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(String subjectType, Long subjectId);
}
