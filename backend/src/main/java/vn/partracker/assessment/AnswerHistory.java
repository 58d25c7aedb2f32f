package vn.partracker.assessment;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.UserService;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.audit.AuditRevision;

/**
 * The history of one item of a sheet, from the audit trail Hibernate Envers keeps of every answer:
 * each change of the unit's or the council's score, explanation and reason, with who, when, from
 * which address, and the values before and after.
 */
@Service
@Transactional(readOnly = true)
class AnswerHistory {

  /** What an item said at one moment. */
  record Values(@Nullable BigDecimal selfPoints, boolean notApplicable, @Nullable String explanation, @Nullable BigDecimal appraisedPoints,
      @Nullable String appraisalReason) {}

  record Change(long revision, Instant at, String by, @Nullable String clientAddress, @Nullable Values before, @Nullable Values after) {}

  private final SheetAccess access;
  private final EntityManager entityManager;
  private final UserService users;

  AnswerHistory(SheetAccess access, EntityManager entityManager, UserService users) {
    this.users = users;
    this.access = access;
    this.entityManager = entityManager;
  }

  /** Oldest first; the first change has no values before it. */
  List<Change> of(long campaignId, long unitId, String code, CurrentUser user) {
    AssessedUnit unit = access.readable(campaignId, unitId, user);
    List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
        .forRevisionsOfEntity(Answer.class, false, true)
        .add(AuditEntity.property("assessmentId").eq(unit.getId()))
        .add(AuditEntity.property("code").eq(code))
        .addOrder(AuditEntity.revisionNumber().asc())
        .getResultList();
    List<Change> changes = new ArrayList<>();
    Values before = null;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      Answer answer = (Answer) columns[0];
      AuditRevision revision = (AuditRevision) columns[1];
      Values after = columns[2] == RevisionType.DEL ? null : new Values(answer.getSelfPoints(), answer.isNotApplicable(),
          answer.getExplanation(), answer.getAppraisedPoints(), answer.getAppraisalReason());
      changes.add(new Change(revision.getId(), revision.at(), revision.getUsername(), revision.getClientAddress(),
          before, after));
      before = after;
    }
    // who changed it, by name (Họ và tên); the username stays for an account that no longer exists
    java.util.function.UnaryOperator<String> person = users.displayNames(changes.stream().map(Change::by).toList());
    return changes.stream().map(c -> new Change(c.revision(), c.at(), person.apply(c.by()), c.clientAddress(),
        c.before(), c.after())).toList();
  }
}
