package vn.partracker.shared.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.Message;
import vn.partracker.shared.TimeConfig;

/** Reads the audit trail Hibernate Envers keeps: the last revision of a record, for a stale write's 409. */
@Component
@Transactional(readOnly = true)
public class AuditTrail {

  private final EntityManager entityManager;

  AuditTrail(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The last revision that changed this audited record, if any was kept. */
  public Optional<AuditRevision> last(Class<?> type, Object id) {
    List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
        .forRevisionsOfEntity(type, false, true)
        .add(AuditEntity.id().eq(id))
        .addOrder(AuditEntity.revisionNumber().desc())
        .setMaxResults(1)
        .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((AuditRevision) ((Object[]) rows.get(0))[1]);
  }

  /** "admin lúc 04/12/2026 09:15" for the last change of this record, else "người khác". */
  public Message whoLast(Class<?> type, Object id) {
    return last(type, id).map(r -> Message.of("shared.whoAt", r.getUsername(), TimeConfig.DATE_TIME.format(r.at().atZone(TimeConfig.ZONE))))
        .orElse(Message.of("shared.someoneElse"));
  }
}
