package vn.partracker.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

  /** Open items written before V19 (no search text yet), a batch at a time. */
  List<WorkItem> findTop500ByStatusAndSearchTextIsNull(WorkItem.Status status);

  List<WorkItem> findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(String subjectType, Long subjectId);

  @Modifying
  @Query("""
      update WorkItem w set w.status = vn.partracker.inbox.WorkItem.Status.CANCELLED, w.completedAt = :now
      where w.subjectType = :subjectType and w.subjectId in :subjectIds
        and w.status = vn.partracker.inbox.WorkItem.Status.OPEN""")
  int cancelOpen(String subjectType, Collection<Long> subjectIds, Instant now);
}
