package vn.partracker.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UserService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/** The inbox: the open work of the caller's units and roles, nearest deadline first. */
@Service
@Transactional(readOnly = true)
public class InboxService {

  /** Due within this many days counts as due soon. */
  public static final int DUE_SOON_DAYS = 7;

  public record Entry(String id, String title, String stepName, LocalDate dueDate, String status, String role,
      Long unitId, String unitName, String criterionCode, String context, String link, String subjectType,
      Long subjectId, LocalDate followUpDate, String assignee, java.time.Instant createdAt, String assigneeName) {}

  private final WorkItemRepository items;
  private final UnitScope scope;
  private final UnitService units;
  private final Map<String, InboxSubjects> subjects = new HashMap<>();
  private final Clock clock;
  private final UserService users;

  InboxService(WorkItemRepository items, UnitScope scope, UnitService units, List<InboxSubjects> subjects, Clock clock,
      UserService users) {
    this.users = users;
    this.items = items;
    this.scope = scope;
    this.units = units;
    this.clock = clock;
    subjects.forEach(s -> this.subjects.put(s.subjectType(), s));
  }

  /**
   * The caller's work: what their role's group must do and, for those who do a unit's own work
   * (heads, staff, the coordinating office), what their units must do. The council and the leaders
   * oversee the units: their inbox holds their appraisals and approvals, not every unit's tasks
   * (those are on the dashboard).
   */
  public List<Entry> inbox(CurrentUser user) {
    Set<String> groups = new HashSet<>();
    user.roles().forEach(r -> groups.add(IdentityGroups.role(r)));
    boolean doesUnitWork = user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF) || user.has(Role.COORDINATOR)
        || user.has(Role.ADMIN);
    Set<Long> unitIds = doesUnitWork ? new HashSet<>(scope.actableUnitIds(user)) : new HashSet<>();
    unitIds.add(-1L); // never an empty IN list
    return entries(items.openFor(unitIds, groups));
  }

  /**
   * The open work of one unit (null: of every unit, for those who see all units), whoever may act
   * on it; a unit head only for their own units.
   */
  public List<Entry> unitWork(Long unitId, CurrentUser user) {
    if (unitId == null) {
      if (!user.seesAllUnits()) {
        throw ApiException.forbidden("Chỉ người theo dõi mọi đơn vị mới xem được công việc của mọi đơn vị");
      }
      return entries(items.openForAnyUnit());
    }
    if (!units.exists(unitId)) {
      throw ApiException.notFound("Không tìm thấy đơn vị " + unitId);
    }
    if (!scope.canAct(user, unitId)) {
      throw ApiException.forbidden("Bạn không có quyền với dữ liệu của đơn vị này");
    }
    return entries(items.openFor(Set.of(unitId), Set.of("")));
  }

  public Optional<WorkItem> find(String id) {
    return items.findById(id);
  }

  public List<WorkItem> history(String subjectType, long subjectId) {
    return items.findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(subjectType, subjectId);
  }

  /** Whether the user may act on this open work item: their unit's, or their role's group. */
  public boolean mayAct(CurrentUser user, WorkItem item) {
    if (item.getStatus() != WorkItem.Status.OPEN) {
      return false;
    }
    if (item.getUnitId() != null) {
      return scope.actableUnitIds(user).contains(item.getUnitId());
    }
    return user.roles().stream().map(IdentityGroups::role).anyMatch(g -> g.equals(item.getCandidateGroup()))
        || (user.has(Role.ADMIN) && item.getCandidateGroup() != null);
  }

  List<Entry> entries(List<WorkItem> open) {
    Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    Map<String, Map<Long, InboxSubjects.Subject>> described = new HashMap<>();
    open.stream().collect(Collectors.groupingBy(WorkItem::getSubjectType,
            Collectors.mapping(WorkItem::getSubjectId, Collectors.toSet())))
        .forEach((type, ids) -> described.put(type,
            subjects.containsKey(type) ? subjects.get(type).describe(ids) : Map.of()));
    LocalDate today = LocalDate.now(clock);
    // the person a step is assigned to, by name (Họ và tên)
    java.util.function.UnaryOperator<String> person = users.displayNames(open.stream().map(WorkItem::getAssignee)
        .filter(java.util.Objects::nonNull).toList());
    List<Entry> result = new ArrayList<>();
    for (WorkItem w : open) {
      InboxSubjects.Subject s = described.getOrDefault(w.getSubjectType(), Map.of()).get(w.getSubjectId());
      Long unitId = w.getUnitId() != null ? w.getUnitId() : w.getSubjectUnitId();
      result.add(new Entry(w.getId(), w.getTitle(), w.getStepName(), w.getDueOn(), status(w, s, today), w.getRole(),
          unitId, unitId == null ? null : unitNames.get(unitId),
          s == null ? null : s.criterionCode(), s == null ? null : s.context(), s == null ? null : s.link(),
          w.getSubjectType(), w.getSubjectId(), w.getFollowUpOn(), w.getAssignee(), w.getCreatedAt(),
          person.apply(w.getAssignee())));
    }
    return result;
  }

  /** RETURNED, OVERDUE, DUE_SOON or OPEN: what the inbox colours. */
  static String status(WorkItem w, InboxSubjects.Subject s, LocalDate today) {
    if (s != null && s.returned() && "LEAD".equals(w.getRole())) {
      return "RETURNED";
    }
    if (w.getDueOn() != null && w.getDueOn().isBefore(today)) {
      return "OVERDUE";
    }
    if (w.getDueOn() != null && !w.getDueOn().isAfter(today.plusDays(DUE_SOON_DAYS))) {
      return "DUE_SOON";
    }
    return "OPEN";
  }
}
