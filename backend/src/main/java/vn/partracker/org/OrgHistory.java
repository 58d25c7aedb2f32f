package vn.partracker.org;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.Message;
import vn.partracker.shared.TimeConfig;
import vn.partracker.shared.audit.AuditRevision;
import vn.partracker.shared.audit.AuditTrail;

/**
 * The history of a unit or a user from the audit trail Hibernate Envers keeps: each change with
 * who, when, from which address, and per changed field its value before and after (units named,
 * not numbered). Also words the 409 of a stale write: who changed the record last, and when.
 */
@Service
@Transactional(readOnly = true)
class OrgHistory {

  /** One field that changed: its name as the API names it, and its values shown as text. */
  record FieldChange(String field, @Nullable String before, @Nullable String after) {}

  /**
   * One revision: {@code kind} ADD, MOD or DEL; {@code by} the username and {@code byName} the
   * person's name; {@code before}/{@code after} every field's value (null before the creation and
   * after a deletion); {@code changes} only the fields that changed.
   */
  record Change(long revision, Instant at, @Nullable String by, @Nullable String byName, @Nullable String clientAddress,
      @Schema(allowableValues = {"ADD", "MOD", "DEL"}) String kind,
      @Nullable Map<String, String> before, @Nullable Map<String, String> after, List<FieldChange> changes) {}

  private final EntityManager entityManager;
  private final UnitRepository units;
  private final UserRepository users;
  private final AuditTrail audit;

  OrgHistory(EntityManager entityManager, UnitRepository units, UserRepository users, AuditTrail audit) {
    this.audit = audit;
    this.entityManager = entityManager;
    this.units = units;
    this.users = users;
  }

  /** Every change of a unit, oldest first. */
  List<Change> ofUnit(long unitId) {
    return changes(Unit.class, unitId, this::values);
  }

  /** Every change of a user, oldest first. */
  List<Change> ofUser(long userId) {
    return changes(AppUser.class, userId, this::values);
  }

  /** A 409 for a unit changed after the caller read it: who and when, and the unit as it is now. */
  ApiException staleUnit(Unit unit, Object current) {
    return IfMatch.stale(Message.of("org.staleUnit", unit.getName()), Message.of("org.staleUnitKind"),
        lastChange(Unit.class, unit.getId(), unit.getUpdatedAt()), current);
  }

  /** A 409 for a user changed after the caller read it: who and when, and the user as they are now. */
  ApiException staleUser(AppUser user, Object current) {
    return IfMatch.stale(Message.of("org.staleUser", user.getUsername()), Message.of("org.staleUserKind"),
        lastChange(AppUser.class, user.getId(), user.getUpdatedAt()), current);
  }

  /** "Nguyễn Văn A (admin) lúc 04/12/2026 09:15", from the last revision, else the row's own time. */
  private Message lastChange(Class<?> type, long id, Instant updatedAt) {
    return audit.last(type, id)
        .map(r -> Message.of("shared.whoAt", person(r.getUsername()), TimeConfig.DATE_TIME.format(r.at().atZone(TimeConfig.ZONE))))
        .orElseGet(() -> updatedAt == null ? Message.of("shared.someoneElse")
            : Message.of("shared.someoneElseAt", TimeConfig.DATE_TIME.format(updatedAt.atZone(TimeConfig.ZONE))));
  }

  private Object person(String username) {
    String name = displayName(username);
    return username == null ? Message.of("shared.someoneElse")
        : name == null || name.equals(username) ? username : name + " (" + username + ")";
  }

  private String displayName(String username) {
    return username == null ? null
        : users.findByUsernameIgnoreCase(username).map(AppUser::getDisplayName).orElse(username);
  }

  private <T> List<Change> changes(Class<T> type, long id, Function<T, Map<String, String>> describe) {
    List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
        .forRevisionsOfEntity(type, false, true)
        .add(AuditEntity.id().eq(id))
        .addOrder(AuditEntity.revisionNumber().asc())
        .getResultList();
    List<Change> changes = new ArrayList<>();
    Map<String, String> before = null;
    Map<String, String> names = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      AuditRevision revision = (AuditRevision) columns[1];
      RevisionType kind = (RevisionType) columns[2];
      Map<String, String> after = kind == RevisionType.DEL ? null : describe.apply(type.cast(columns[0]));
      List<FieldChange> fields = new ArrayList<>();
      for (String field : (after != null ? after : before != null ? before : Map.<String, String>of()).keySet()) {
        String was = before == null ? null : before.get(field);
        String is = after == null ? null : after.get(field);
        if (!Objects.equals(was, is)) {
          fields.add(new FieldChange(field, was, is));
        }
      }
      String by = revision.getUsername();
      String byName = names.computeIfAbsent(Objects.toString(by, ""), u -> displayName(by));
      changes.add(new Change(revision.getId(), revision.at(), by, byName, revision.getClientAddress(), kind.name(),
          before, after, fields));
      before = after;
    }
    return changes;
  }

  private Map<String, String> values(Unit unit) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", unit.getName());
    values.put("shortName", unit.getShortName());
    values.put("level", unit.getLevel());
    values.put("parent", unitName(unit.getParentId()));
    values.put("aliases", unit.getAliases().isEmpty() ? null : unit.getAliases().stream().sorted().collect(Collectors.joining("; ")));
    return values;
  }

  private Map<String, String> values(AppUser user) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("displayName", user.getDisplayName());
    values.put("email", user.getEmail());
    values.put("unit", unitName(user.getUnitId()));
    values.put("roles", user.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    values.put("enabled", Boolean.toString(user.isEnabled()));
    return values;
  }

  /** A unit by its current name (a removed unit by its number). */
  private String unitName(Long id) {
    return id == null ? null : units.findById(id).map(Unit::getName).orElse("#" + id);
  }
}
