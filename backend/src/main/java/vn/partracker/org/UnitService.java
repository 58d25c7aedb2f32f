package vn.partracker.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;

/** The organisation tree: reading, validated changes, and finding a unit by any of its names. */
@Service
@Transactional
public class UnitService {

  private final UnitRepository units;
  private final UserRepository users;
  private final UnitLevels levels;
  private final Clock clock;
  private final OrgHistory history;
  private final UnitTree tree;
  private final ApplicationEventPublisher events;

  UnitService(UnitRepository units, UserRepository users, UnitLevels levels, Clock clock, OrgHistory history,
      UnitTree tree, ApplicationEventPublisher events) {
    this.units = units;
    this.users = users;
    this.levels = levels;
    this.clock = clock;
    this.history = history;
    this.tree = tree;
    this.events = events;
  }

  /**
   * Every unit with its aliases, by id: the tree kept in memory between changes ({@link UnitTree}),
   * read from the database only after a change or in the transaction that made one.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<UnitView> all() {
    return tree.get(this::load).all();
  }

  private List<UnitView> load() {
    return units.findAllByOrderByIdAsc().stream().map(UnitView::of).toList();
  }

  /** The names of some units by id: from the kept tree, else in one query (a page of work names a few dozen units). */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Map<Long, String> names(java.util.Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    if (tree.writing()) {
      units.findAllById(ids).forEach(u -> names.put(u.getId(), u.getName()));
    } else {
      Map<Long, UnitView> byId = tree.get(this::load).byId();
      ids.stream().map(byId::get).filter(Objects::nonNull).forEach(u -> names.put(u.id(), u.name()));
    }
    return names;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public Optional<UnitView> find(Long id) {
    if (id == null) {
      return Optional.empty();
    }
    return tree.writing() ? units.findById(id).map(UnitView::of) : Optional.ofNullable(tree.get(this::load).byId().get(id));
  }

  /**
   * Whether a unit exists: from the kept tree; in a transaction that changed units a find by id, not
   * {@code existsById}: that is a query, and a query first flushes (dirty-checks) everything the
   * transaction holds, once per task when a plan of thousands of tasks is activated.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public boolean exists(Long id) {
    if (id == null) {
      return false;
    }
    return tree.writing() ? units.findById(id).isPresent() : tree.get(this::load).byId().containsKey(id);
  }

  /** Tells the kept tree that this transaction wrote units or aliases (it is dropped after the commit). */
  private void changed() {
    events.publishEvent(new UnitTree.Changed());
  }

  public UnitView create(UnitRequest request) {
    return new Batch().create(request);
  }

  /**
   * A person's change of a unit: based on the version they read ({@code version} in the body, else
   * {@code ifMatch} from the header; neither is a 422 on {@code version}); an older one is a 409 with
   * who changed the unit, when, and the unit as it is now.
   */
  public UnitView update(long id, UnitRequest request, Long ifMatch) {
    Unit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("org.unitNotFound", id));
    long version = IfMatch.required(request.version(), ifMatch, "shared.versionOf.unit");
    if (version != unit.getVersion()) {
      throw history.staleUnit(unit, UnitView.of(unit));
    }
    new Batch().update(id, request);
    units.flush(); // the answer carries the new version, for the person's next change
    return UnitView.of(unit);
  }

  /** A change the system makes on the person's behalf (a new alias): no version to compare. */
  UnitView change(long id, UnitRequest request) {
    return new Batch().update(id, request);
  }

  /**
   * Several changes against one snapshot of the tree, indexed once by id and by (parent, name key):
   * an import of n rows costs n lookups, not n reads of the whole tree.
   */
  Batch batch() {
    return new Batch();
  }

  final class Batch {
    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, Long> byParentAndName = new HashMap<>();

    private Batch() {
      units.findAll().forEach(this::index);
    }

    private void index(Unit unit) {
      byId.put(unit.getId(), unit);
      byParentAndName.put(nameKey(unit.getParentId(), unit.getName()), unit.getId());
    }

    /** The unit of this name under this parent (name compared as {@link UnitNames#key}), if any. */
    Optional<Long> same(Long parentId, String name) {
      return Optional.ofNullable(byParentAndName.get(nameKey(parentId, name)));
    }

    UnitView create(UnitRequest request) {
      Clean clean = validate(request, null, this);
      Unit unit = units.save(new Unit(clean.name, clean.shortName, clean.level, request.parentId(), clean.aliases, clock.instant()));
      changed();
      index(unit);
      return UnitView.of(unit);
    }

    UnitView update(long id, UnitRequest request) {
      Unit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("org.unitNotFound", id));
      Clean clean = validate(request, unit, this);
      byParentAndName.remove(nameKey(unit.getParentId(), unit.getName()), unit.getId());
      unit.update(clean.name, clean.shortName, clean.level, request.parentId(), clean.aliases, clock.instant());
      changed();
      index(unit);
      return UnitView.of(unit);
    }
  }

  private static String nameKey(Long parentId, String name) {
    return parentId + "/" + UnitNames.key(name);
  }

  public UnitView addAlias(long id, String alias) {
    Unit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("org.unitNotFound", id));
    List<String> aliases = new ArrayList<>(unit.getAliases());
    aliases.add(alias == null ? "" : alias);
    if (alias == null || alias.isBlank()) {
      throw ApiException.invalidField("alias", "org.aliasBlank");
    }
    return change(id, new UnitRequest(unit.getName(), unit.getShortName(), aliases, unit.getParentId(), unit.getLevel()));
  }

  public void delete(long id) {
    Unit unit = units.findById(id).orElseThrow(() -> ApiException.notFound("org.unitNotFound", id));
    if (units.existsByParentId(id)) {
      throw ApiException.conflict("org.unitHasChildren", unit.getName());
    }
    if (users.existsByUnitId(id)) {
      throw ApiException.conflict("org.unitHasUsers", unit.getName());
    }
    units.delete(unit);
    changed();
  }

  private record Clean(String name, String shortName, String level, Set<String> aliases) {}

  /** Checks a request against the tree; every problem is reported by field name. */
  private Clean validate(UnitRequest request, Unit existing, Batch tree) {
    List<ApiErrorItem> errors = new ArrayList<>();
    String name = strip(request.name());
    if (name == null) {
      errors.add(ApiErrorItem.field("name", "org.unitNameRequired"));
    } else if (name.length() > 255) {
      errors.add(ApiErrorItem.field("name", "org.unitNameTooLong"));
    }
    String shortName = strip(request.shortName());
    if (shortName != null && shortName.length() > 100) {
      errors.add(ApiErrorItem.field("shortName", "org.unitShortNameTooLong"));
    }
    Set<String> aliases = new LinkedHashSet<>();
    for (String alias : request.aliasesOrEmpty()) {
      String clean = strip(alias);
      if (clean != null && clean.length() <= 255) {
        aliases.add(clean);
      } else if (clean != null) {
        errors.add(ApiErrorItem.field("aliases", "org.aliasTooLong"));
      }
    }
    Optional<UnitLevels.Level> level = Optional.ofNullable(request.level()).flatMap(levels::find);
    if (level.isEmpty()) {
      errors.add(ApiErrorItem.field("level", "org.levelOneOf", String.join(", ", levels.codes())));
    }
    Map<Long, Unit> byId = tree.byId;
    Unit parent = null;
    if (request.parentId() != null) {
      parent = byId.get(request.parentId());
      if (parent == null) {
        errors.add(ApiErrorItem.field("parentId", "org.parentNotFound", request.parentId()));
      } else if (existing != null && isSelfOrDescendant(parent.getId(), existing.getId(), byId)) {
        errors.add(ApiErrorItem.field("parentId", "org.parentCycle"));
      }
    }
    if (level.isPresent()) {
      if (parent == null && request.parentId() == null && !level.get().root()) {
        errors.add(ApiErrorItem.field("parentId", "org.levelNeedsParent", level.get().nameVi()));
      }
      if (parent != null && !level.get().parents().contains(parent.getLevel())) {
        errors.add(ApiErrorItem.field("level",
            "org.levelUnderParent", level.get().nameVi(), parent.getLevel()));
      }
    }
    if (name != null) {
      Optional<Long> same = tree.same(request.parentId(), name);
      boolean duplicate = same.isPresent() && (existing == null || !same.get().equals(existing.getId()));
      if (duplicate) {
        errors.add(ApiErrorItem.field("name", "org.unitNameTaken", name));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("org.unitInvalid", errors);
    }
    return new Clean(name, shortName, request.level(), aliases);
  }

  private static boolean isSelfOrDescendant(Long candidate, Long unitId, Map<Long, Unit> byId) {
    for (Long id = candidate; id != null; id = byId.containsKey(id) ? byId.get(id).getParentId() : null) {
      if (id.equals(unitId)) {
        return true;
      }
    }
    return false;
  }

  static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
