package vn.partracker.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.org.IdentityGroups;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UserService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/** The inbox: the open work of the caller's units and roles, nearest deadline first. */
@Service
@Transactional(readOnly = true)
public class InboxService {

  /** Due within this many days counts as due soon. */
  public static final int DUE_SOON_DAYS = 7;

  public record Entry(String id, String title, String stepName, @Nullable LocalDate dueDate,
      @Schema(allowableValues = {"OPEN", "DUE_SOON", "OVERDUE", "RETURNED"}) String status,
      @Schema(allowableValues = {"LEAD", "SUPPORT", "REVIEW", "APPRAISE", "EXPLAIN", "APPROVE"}) String role,
      @Nullable Long unitId, @Nullable String unitName, @Nullable String criterionCode, @Nullable String context, @Nullable String link, @Nullable String subjectType,
      Long subjectId, @Nullable LocalDate followUpDate, @Nullable String assignee, @Nullable java.time.Instant createdAt, @Nullable String assigneeName) {}

  private final WorkItemRepository items;
  private final ApplicationEventPublisher events;
  private final UnitScope scope;
  private final UnitService units;
  private final Map<String, InboxSubjects> subjects = new HashMap<>();
  private final Clock clock;
  private final UserService users;
  private final WorkList list;

  InboxService(WorkItemRepository items, UnitScope scope, UnitService units, List<InboxSubjects> subjects, Clock clock,
      UserService users, WorkList list, ApplicationEventPublisher events) {
    this.events = events;
    this.users = users;
    this.items = items;
    this.list = list;
    this.scope = scope;
    this.units = units;
    this.clock = clock;
    subjects.forEach(s -> this.subjects.put(s.subjectType(), s));
  }

  /** Every {@code inboxRole} of the models in {@code bpmn/}: the role filter accepts these. */
  public static final List<String> ROLES = List.of("LEAD", "SUPPORT", "REVIEW", "APPRAISE", "EXPLAIN", "APPROVE");
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 200;

  /** A page of a work list: the items, the cursor of the next page (null at the end), and on the first page the chips' counts. */
  public record Page(List<Entry> items, @Nullable String nextCursor, @Nullable Map<String, Long> counts) {}

  /** What a work list request asks, as sent (validated here, each error naming its parameter). */
  public record Query(Long unitId, boolean allUnits, List<String> roles, List<String> kinds, List<String> statuses,
      Long planId, String field, String dueFrom, String dueTo, String text, String sort, String cursor, Integer size) {}

  /**
   * One page of a work list. Without {@code unitId}/{@code allUnits} the caller's work: what their
   * role's group must do and, for those who do a unit's own work (heads, staff, the coordinating
   * office), what their units must do. The council and the leaders oversee the units: their inbox
   * holds their appraisals and approvals, not every unit's tasks (those are on the dashboard). With
   * {@code unitId} the open work of that unit (a unit head only for their own units), with
   * {@code allUnits} every unit's (those who see all units): the dashboard's drill-down.
   */
  public Page page(Query q, CurrentUser user) {
    List<ApiErrorItem> errors = new ArrayList<>();
    int size = q.size() == null ? DEFAULT_PAGE_SIZE : q.size();
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(ApiErrorItem.field("size", "shared.pageSizeRange", MAX_PAGE_SIZE));
    }
    List<String> roles = values(q.roles());
    roles.stream().filter(r -> !ROLES.contains(r)).findFirst().ifPresent(r ->
        errors.add(ApiErrorItem.field("role", "inbox.roleInvalid", r, String.join(", ", ROLES))));
    List<String> kinds = values(q.kinds());
    kinds.stream().filter(k -> !subjects.containsKey(k)).findFirst().ifPresent(k ->
        errors.add(ApiErrorItem.field("kind", "inbox.kindInvalid", k,
            String.join(", ", new java.util.TreeSet<>(subjects.keySet())))));
    List<String> statuses = values(q.statuses());
    statuses.stream().filter(st -> !WorkList.STATUSES.contains(st)).findFirst().ifPresent(st ->
        errors.add(ApiErrorItem.field("status", "inbox.statusInvalid", st,
            String.join(", ", WorkList.STATUSES))));
    LocalDate dueFrom = date("dueFrom", q.dueFrom(), errors);
    LocalDate dueTo = date("dueTo", q.dueTo(), errors);
    if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
      errors.add(ApiErrorItem.field("dueTo", "inbox.dueRangeOrder"));
    }
    String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
    if (text != null && text.length() > 200) {
      errors.add(ApiErrorItem.field("q", "inbox.searchTooLong"));
    }
    String field = q.field() == null || q.field().isBlank() ? null : q.field().strip();
    if (field != null && field.length() > 20) {
      errors.add(ApiErrorItem.field("field", "inbox.fieldCodeTooLong"));
    }
    WorkList.Sort sort = WorkList.Sort.DUE;
    if (q.sort() != null && !q.sort().isBlank()) {
      switch (q.sort()) {
        case "due" -> sort = WorkList.Sort.DUE;
        case "newest" -> sort = WorkList.Sort.NEWEST;
        default -> errors.add(ApiErrorItem.field("sort", "inbox.sortInvalid", q.sort()));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("inbox.filterInvalid", errors);
    }
    WorkList.Scope scope = scope(q.unitId(), q.allUnits(), user);
    WorkList.Result result = list.page(scope, new WorkList.Filter(roles, kinds, statuses, q.planId(), field, dueFrom,
        dueTo, text), sort, q.cursor() == null || q.cursor().isBlank() ? null : q.cursor(), size, LocalDate.now(clock));
    Map<String, WorkItem> byId = new HashMap<>();
    items.findAllById(result.items().stream().map(WorkList.Key::id).toList()).forEach(w -> byId.put(w.getId(), w));
    // a row closed between the two reads is left out of this page (it is no longer open work)
    List<WorkItem> open = result.items().stream().map(k -> byId.get(k.id())).filter(java.util.Objects::nonNull).toList();
    return new Page(entries(open), result.nextCursor(), result.counts());
  }

  /** The plans and fields a work list's filters offer: of the same scope as {@link #page} ({@code unitId}, {@code allUnits}). */
  public WorkList.Facets facets(Long unitId, boolean allUnits, CurrentUser user) {
    return list.facets(scope(unitId, allUnits, user));
  }

  private WorkList.Scope scope(Long unitId, boolean allUnits, CurrentUser user) {
    if (unitId != null) {
      if (!units.exists(unitId)) {
        throw ApiException.notFound("org.unitNotFound", unitId);
      }
      if (!scope.canAct(user, unitId)) {
        throw ApiException.forbidden("shared.unitForbidden");
      }
      return new WorkList.Scope(Set.of(unitId), Set.of(), false);
    }
    if (allUnits) {
      if (!user.seesAllUnits()) {
        throw ApiException.forbidden("inbox.allUnitsOnly");
      }
      return new WorkList.Scope(Set.of(), Set.of(), true);
    }
    Set<String> groups = new HashSet<>();
    user.roles().forEach(r -> groups.add(IdentityGroups.role(r)));
    boolean doesUnitWork = user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF) || user.has(Role.COORDINATOR)
        || user.has(Role.ADMIN);
    Set<Long> unitIds = doesUnitWork ? new HashSet<>(scope.actableUnitIds(user)) : new HashSet<>();
    return new WorkList.Scope(unitIds, groups, false);
  }

  /** Repeated parameters and comma-separated lists alike, upper case, blanks dropped. */
  private static List<String> values(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    return raw.stream().filter(java.util.Objects::nonNull).flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::strip).filter(v -> !v.isEmpty()).map(v -> v.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
  }

  /** yyyy-MM-dd or dd/MM/yyyy, a real date. */
  private static LocalDate date(String field, String value, List<ApiErrorItem> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.contains("/")
          ? LocalDate.parse(value.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
              .withResolverStyle(java.time.format.ResolverStyle.STRICT))
          : LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(ApiErrorItem.field(field, "inbox.dateInvalid", value));
      return null;
    }
  }

  /**
   * Takes the open work of these subjects out of every inbox at once, in the caller's transaction (a plan
   * closed: its processes are then deleted by a batch on the job executor, whose listeners find the items
   * already closed). Returns how many items it closed.
   */
  @Transactional
  public int cancelOpen(String subjectType, Collection<Long> subjectIds, Instant now) {
    int cancelled = 0;
    List<Long> ids = List.copyOf(subjectIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      cancelled += items.cancelOpen(subjectType, ids.subList(from, Math.min(ids.size(), from + 1000)), now);
    }
    if (cancelled > 0) {
      events.publishEvent(new GroupCounts.Changed()); // role groups' review items among them
    }
    return cancelled;
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
    Map<Long, String> unitNames = units.names(open.stream().map(w -> w.getUnitId() != null ? w.getUnitId()
        : w.getSubjectUnitId()).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    LocalDate today = LocalDate.now(clock);
    // the person a step is assigned to, by name (Họ và tên)
    java.util.function.UnaryOperator<String> person = users.displayNames(open.stream().map(WorkItem::getAssignee)
        .filter(java.util.Objects::nonNull).toList());
    List<Entry> result = new ArrayList<>();
    for (WorkItem w : open) {
      Long unitId = w.getUnitId() != null ? w.getUnitId() : w.getSubjectUnitId();
      result.add(new Entry(w.getId(), w.getTitle(), w.getStepName(), w.getDueOn(), status(w, today), w.getRole(),
          unitId, unitId == null ? null : unitNames.get(unitId),
          w.getCriterionCode(), w.getContext(), w.getLink(),
          w.getSubjectType(), w.getSubjectId(), w.getFollowUpOn(), w.getAssignee(), w.getCreatedAt(),
          person.apply(w.getAssignee())));
    }
    return result;
  }

  /** RETURNED, OVERDUE, DUE_SOON or OPEN: what the inbox colours. */
  static String status(WorkItem w, LocalDate today) {
    if (w.isReturned()) {
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
