package vn.partracker.inbox;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

  @Query("""
      select w from WorkItem w
      where w.status = vn.partracker.inbox.WorkItem.Status.OPEN
        and (w.unitId in :unitIds or w.candidateGroup in :groups)
      order by w.dueOn asc nulls last, w.createdAt asc
      """)
  List<WorkItem> openFor(@Param("unitIds") Collection<Long> unitIds, @Param("groups") Collection<String> groups);

  @Query("""
      select w from WorkItem w
      where w.status = vn.partracker.inbox.WorkItem.Status.OPEN and w.unitId is not null
      order by w.dueOn asc nulls last, w.createdAt asc
      """)
  List<WorkItem> openForAnyUnit();

  List<WorkItem> findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(String subjectType, Long subjectId);
}
