package vn.partracker.improvement;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.audit.AuditRevision;

/**
 * The history of one plan item from the audit trail Hibernate Envers keeps: each change of its
 * target, tasks, output, requirement and deadline, with who, when, from which address, and the
 * values before and after.
 */
@Service
@Transactional(readOnly = true)
class PlanItemHistory {

  /** What an item said at one moment. */
  record Values(@Nullable BigDecimal target, @Nullable String tasks, @Nullable String expectedOutput,
      @Nullable String requirement, @Nullable String deadlineText, @Nullable LocalDate deadlineDue) {}

  record Change(long revision, Instant at, @Nullable String by, @Nullable String clientAddress, @Nullable Values before,
      @Nullable Values after) {}

  private final EntityManager entityManager;

  PlanItemHistory(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Oldest first; the first change (the import) has no values before it. */
  List<Change> of(long itemId) {
    List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
        .forRevisionsOfEntity(PlanItem.class, false, true)
        .add(AuditEntity.id().eq(itemId))
        .addOrder(AuditEntity.revisionNumber().asc())
        .getResultList();
    List<Change> changes = new ArrayList<>();
    Values before = null;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      PlanItem item = (PlanItem) columns[0];
      AuditRevision revision = (AuditRevision) columns[1];
      Values after = null;
      if (columns[2] != RevisionType.DEL) {
        ItemContent c = item.content();
        after = new Values(c.targetPoints(), c.tasks(), c.expectedOutput(), c.requirement(), c.deadlineText(),
            c.deadlineDue());
      }
      changes.add(new Change(revision.getId(), revision.at(), revision.getUsername(), revision.getClientAddress(),
          before, after));
      before = after;
    }
    return changes;
  }

  /** The last change, for a stale write's "changed by ... at ...". */
  Optional<Change> latest(long itemId) {
    List<Change> all = of(itemId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
