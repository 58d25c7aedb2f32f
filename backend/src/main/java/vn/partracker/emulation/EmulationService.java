package vn.partracker.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.emulation.EmulationViews.EntryRequest;
import vn.partracker.emulation.EmulationViews.EntryView;
import vn.partracker.emulation.EmulationViews.Evidence;
import vn.partracker.emulation.EmulationViews.Indicator;
import vn.partracker.emulation.EmulationViews.MovementRequest;
import vn.partracker.emulation.EmulationViews.MovementSummary;
import vn.partracker.emulation.EmulationViews.MovementView;
import vn.partracker.emulation.EmulationViews.NominationRequest;
import vn.partracker.emulation.EmulationViews.NominationView;
import vn.partracker.emulation.EmulationViews.Row;
import vn.partracker.emulation.EmulationViews.TargetHeader;
import vn.partracker.emulation.EmulationViews.TargetView;
import vn.partracker.org.UnitLevels;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/**
 * The head-of-unit emulation movement: targets per level, figures computed from the work or entered
 * with evidence, the scoreboard and the nominations (never more than the movement's limit).
 */
@Service
@Transactional
public class EmulationService {

  static final String EVIDENCE = "EMULATION_ENTRY";
  static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4");

  private final MovementRepository movements;
  private final TargetRepository targets;
  private final EntryRepository entries;
  private final NominationRepository nominations;
  private final WorkFigures work;
  private final UnitService units;
  private final UserService users;
  private final UnitScope scope;
  private final UnitLevels unitLevels;
  private final Attachments attachments;
  private final Clock clock;

  EmulationService(MovementRepository movements, TargetRepository targets, EntryRepository entries,
      NominationRepository nominations, WorkFigures work, UnitService units, UserService users, UnitScope scope,
      UnitLevels unitLevels, Attachments attachments, Clock clock) {
    this.unitLevels = unitLevels;
    this.movements = movements;
    this.targets = targets;
    this.entries = entries;
    this.nominations = nominations;
    this.work = work;
    this.units = units;
    this.users = users;
    this.scope = scope;
    this.attachments = attachments;
    this.clock = clock;
  }

  // ---- movements and targets

  @Transactional(readOnly = true)
  public List<MovementSummary> list() {
    return movements.findAllByOrderByYearDescIdDesc().stream()
        .map(m -> new MovementSummary(m.getId(), m.getYear(), m.getName(), m.getLevels(), m.getAwardLimit(),
            nominations.countByMovementId(m.getId())))
        .toList();
  }

  public MovementView create(MovementRequest request, CurrentUser user) {
    List<ApiErrorItem> errors = new ArrayList<>();
    if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
      errors.add(ApiErrorItem.field("year", "shared.yearRange"));
    }
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 500) {
      errors.add(ApiErrorItem.field("name", "emulation.nameRequired"));
    }
    List<String> levels = request.levels() == null ? List.of() : request.levels().stream().distinct().collect(java.util.stream.Collectors.toList());
    if (levels.isEmpty() || levels.contains(null) || !MovementTemplate.LEVELS.containsAll(levels)) {
      errors.add(ApiErrorItem.field("levels", "emulation.levelsRequired",
          String.join(", ", MovementTemplate.LEVELS)));
    }
    int limit = request.awardLimit() == null ? MovementTemplate.AWARD_LIMIT : request.awardLimit();
    if (limit < 1 || limit > 1000) {
      errors.add(ApiErrorItem.field("awardLimit", "emulation.awardLimitRange"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("emulation.movementInvalid", errors);
    }
    return get(launch(request.year(), name, levels, limit, user.getUsername()).getId());
  }

  /** A movement with the targets of seed 004, thresholds kept for the levels that take part. */
  Movement launch(int year, String name, List<String> levels, int limit, String by) {
    List<String> ordered = unitLevels.codes().stream().filter(levels::contains).toList();
    Movement movement = movements.save(new Movement(year, name, ordered, limit, by, clock.instant()));
    int position = 0;
    for (MovementTemplate.TargetTemplate t : MovementTemplate.TARGETS) {
      Map<String, BigDecimal> thresholds = new LinkedHashMap<>(t.thresholds());
      thresholds.keySet().retainAll(ordered);
      targets.save(new Target(movement.getId(), position++, t, thresholds));
    }
    return movement;
  }

  @Transactional(readOnly = true)
  public MovementView get(long id) {
    Movement m = movement(id);
    return new MovementView(m.getId(), m.getYear(), m.getName(), m.getLevels(), m.getAwardLimit(),
        nominations.countByMovementId(id),
        targets.findByMovementIdOrderByPosition(id).stream().map(TargetView::of).toList());
  }

  public TargetView updateThresholds(long id, String code, Map<String, BigDecimal> thresholds) {
    Movement m = movement(id);
    Target target = target(id, code);
    List<ApiErrorItem> errors = new ArrayList<>();
    Map<String, BigDecimal> clean = new LinkedHashMap<>();
    (thresholds == null ? Map.<String, BigDecimal>of() : thresholds).forEach((level, value) -> {
      if (!m.getLevels().contains(level)) {
        errors.add(ApiErrorItem.field("thresholds." + level, "emulation.levelOutOfScope", level));
      } else if (value != null && (value.signum() < 0 || (target.getKind() != Target.Kind.COUNT
          && value.compareTo(BigDecimal.valueOf(100)) > 0))) {
        errors.add(ApiErrorItem.field("thresholds." + level, target.getKind() == Target.Kind.COUNT
            ? "emulation.thresholdFromZero" : "emulation.thresholdPercent"));
      } else if (value != null) {
        clean.put(level, value);
      }
    });
    if (!errors.isEmpty()) {
      throw ApiException.invalid("emulation.thresholdsInvalid", errors);
    }
    target.changeThresholds(clean);
    return TargetView.of(target);
  }

  // ---- entered figures

  @Transactional(readOnly = true)
  public List<EntryView> entries(long id, Long unitId, CurrentUser user) {
    movement(id);
    if (unitId != null) {
      scope.check(unitId);
    }
    Set<Long> mine = user.seesAllUnits() ? null : scope.actableUnitIds(user);
    Map<Long, String> names = unitNames();
    return entries.findByMovementIdOrderByEnteredAtDescIdDesc(id).stream()
        .filter(e -> unitId == null || e.getUnitId().equals(unitId))
        .filter(e -> mine == null || mine.contains(e.getUnitId()))
        .map(e -> view(e, names))
        .toList();
  }

  public EntryView enter(long id, EntryRequest request, CurrentUser user) {
    Movement m = movement(id);
    List<ApiErrorItem> errors = new ArrayList<>();
    UnitView unit = request.unitId() == null ? null : units.find(request.unitId()).orElse(null);
    if (unit == null) {
      errors.add(ApiErrorItem.field("unitId", "emulation.unitRequired"));
    } else {
      scope.check(unit.id());
    }
    if (unit != null && !m.getLevels().contains(unit.level())) {
      errors.add(ApiErrorItem.field("unitId", "emulation.unitOutOfScope", unit.name()));
    }
    Target target = request.targetCode() == null ? null
        : targets.findByMovementIdOrderByPosition(id).stream().filter(t -> t.getCode().equals(request.targetCode()))
            .findFirst().orElse(null);
    if (target == null) {
      errors.add(ApiErrorItem.field("targetCode", "emulation.targetRequired"));
    } else if (target.getSource() == Target.Source.COMPUTED) {
      errors.add(ApiErrorItem.field("targetCode", "emulation.targetComputed", target.getTitle()));
    } else if (unit != null && !target.getThresholds().containsKey(unit.level())) {
      errors.add(ApiErrorItem.field("targetCode", "emulation.targetNotForLevel", target.getTitle()));
    }
    if (request.period() == null || !PERIODS.contains(request.period())) {
      errors.add(ApiErrorItem.field("period", "emulation.quarterRequired"));
    }
    BigDecimal numerator = request.numerator();
    BigDecimal denominator = request.denominator();
    if (target != null && target.getSource() == Target.Source.ENTERED) {
      checkFigures(target, numerator, denominator, errors);
    }
    String note = request.note() == null ? null : request.note().strip();
    if (note != null && note.length() > 4000) {
      errors.add(ApiErrorItem.field("note", "emulation.noteTooLong"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("emulation.entryInvalid", errors);
    }
    entries.findByMovementIdAndUnitIdAndTargetCodeAndPeriodAndCurrentTrue(id, unit.id(), target.getCode(),
        request.period()).forEach(Entry::replaced);
    Entry entry = entries.save(new Entry(id, unit.id(), target.getCode(), request.period(), numerator,
        target.getKind() == Target.Kind.PERCENT ? denominator : null, note == null || note.isEmpty() ? null : note,
        user.getUsername(), clock.instant()));
    return view(entry, Map.of(unit.id(), unit.name()));
  }

  private static void checkFigures(Target target, BigDecimal numerator, BigDecimal denominator,
      List<ApiErrorItem> errors) {
    String label = target.getNumeratorLabel() == null ? "Số liệu" : target.getNumeratorLabel();
    switch (target.getKind()) {
      case PERCENT -> {
        if (denominator == null || denominator.signum() <= 0) {
          errors.add(ApiErrorItem.field("denominator", "emulation.mustBePositive", target.getDenominatorLabel()));
        }
        if (numerator == null || numerator.signum() < 0) {
          errors.add(ApiErrorItem.field("numerator", "emulation.notEmptyOrNegative", label));
        } else if (denominator != null && numerator.compareTo(denominator) > 0) {
          errors.add(ApiErrorItem.field("numerator", "emulation.notAbove", label, target.getDenominatorLabel()));
        }
      }
      case COUNT -> {
        if (numerator == null || numerator.signum() < 0 || numerator.stripTrailingZeros().scale() > 0) {
          errors.add(ApiErrorItem.field("numerator", "emulation.wholeNonNegative", label));
        }
      }
      case YES_NO -> {
        if (numerator == null || !(numerator.compareTo(BigDecimal.ZERO) == 0 || numerator.compareTo(BigDecimal.ONE) == 0)) {
          errors.add(ApiErrorItem.field("numerator", "emulation.yesOrNo"));
        }
      }
    }
  }

  public EntryView attach(long id, long entryId, MultipartFile file, CurrentUser user) {
    Entry entry = entry(id, entryId);
    attachments.store(EVIDENCE, entry.getId(), file, user.getUsername());
    return view(entry, Map.of(entry.getUnitId(), unitName(entry.getUnitId())));
  }

  @Transactional(readOnly = true)
  public Attachments.Content evidence(long id, long entryId, long attachmentId) {
    Entry entry = entry(id, entryId);
    var attachment = attachments.find(attachmentId);
    if (!EVIDENCE.equals(attachment.getOwnerType()) || !attachment.getOwnerId().equals(entry.getId())) {
      throw ApiException.notFound("emulation.entryFileNotFound", attachmentId);
    }
    return attachments.read(attachment);
  }

  private Entry entry(long id, long entryId) {
    Entry entry = entries.findById(entryId).filter(e -> e.getMovementId() == id)
        .orElseThrow(() -> ApiException.notFound("emulation.entryNotFound", entryId));
    scope.check(entry.getUnitId());
    return entry;
  }

  private EntryView view(Entry e, Map<Long, String> names) {
    return new EntryView(e.getId(), e.getUnitId(), names.get(e.getUnitId()), e.getTargetCode(), e.getPeriod(),
        e.getNumerator(), e.getDenominator(), e.getNote(), e.getEnteredBy(), e.getEnteredAt(), e.isCurrent(),
        attachments.list(EVIDENCE, e.getId()).stream().map(a -> new Evidence(a.getId(), a.getFilename())).toList());
  }

  // ---- scoreboard

  /** Every participating unit's head ranked; a unit head gets their own rows with their true rank. */
  @Transactional(readOnly = true)
  public EmulationViews.Scoreboard scoreboard(long id, CurrentUser user) {
    Movement m = movement(id);
    List<Row> rows = rank(m);
    List<Row> visible = rows;
    if (!user.seesAllUnits()) {
      Set<Long> mine = scope.actableUnitIds(user);
      visible = rows.stream().filter(r -> mine.contains(r.unitId())).toList();
    }
    List<TargetHeader> headers = targets.findByMovementIdOrderByPosition(id).stream()
        .map(t -> new TargetHeader(t.getCode(), t.getTitle(), t.getKind(), t.getComparator(), t.getSource()))
        .toList();
    return new EmulationViews.Scoreboard(id, m.getYear(), m.getAwardLimit(), rows.size(), headers, visible);
  }

  @Transactional(readOnly = true)
  public List<EmulationViews.TaskRow> tasksBehind(long id, long unitId, String code) {
    Movement m = movement(id);
    scope.check(unitId);
    Target target = target(id, code);
    if (target.getSource() != Target.Source.COMPUTED) {
      throw ApiException.invalidField("code", "emulation.targetEnteredByUnit", target.getTitle());
    }
    Map<Long, Long> owners = owners(m);
    List<Long> answeredFor = owners.entrySet().stream().filter(e -> e.getValue() == unitId).map(Map.Entry::getKey).toList();
    return work.tasks(m.getYear(), answeredFor.isEmpty() ? List.of(unitId) : answeredFor, code, LocalDate.now(clock));
  }

  private List<Row> rank(Movement m) {
    List<Target> all = targets.findByMovementIdOrderByPosition(m.getId());
    Map<String, Map<Long, WorkFigures.Ratio>> computed = byParticipant(work.compute(m.getYear(), LocalDate.now(clock)),
        owners(m));
    Map<String, Map<Long, BigDecimal[]>> entered = enteredTotals(m.getId(), all);
    Map<Long, UserView> heads = heads();
    Set<Long> nominated = nominations.findByMovementIdOrderByProposedAtAscIdAsc(m.getId()).stream()
        .map(Nomination::getUnitId).collect(Collectors.toSet());
    List<Row> rows = new ArrayList<>();
    for (UnitView unit : units.all()) {
      if (!m.getLevels().contains(unit.level())) {
        continue;
      }
      List<Indicator> indicators = new ArrayList<>();
      int met = 0;
      int applicable = 0;
      for (Target t : all) {
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        BigDecimal value = null;
        if (t.getSource() == Target.Source.COMPUTED) {
          WorkFigures.Ratio ratio = computed.getOrDefault(t.getCode(), Map.of()).get(unit.id());
          if (ratio != null && ratio.denominator() > 0) {
            numerator = BigDecimal.valueOf(ratio.numerator());
            denominator = BigDecimal.valueOf(ratio.denominator());
            value = ratio.percent();
          }
        } else {
          BigDecimal[] sums = entered.getOrDefault(t.getCode(), Map.of()).get(unit.id());
          if (sums != null) {
            numerator = sums[0];
            denominator = sums[1];
            value = t.getKind() == Target.Kind.PERCENT
                ? numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP)
                : numerator;
          }
        }
        BigDecimal threshold = t.getThresholds().get(unit.level());
        Boolean isMet = t.met(unit.level(), value);
        if (threshold != null) {
          applicable++;
          met += Boolean.TRUE.equals(isMet) ? 1 : 0;
        }
        indicators.add(new Indicator(t.getCode(), value, numerator, denominator, threshold, isMet, t.getSource()));
      }
      UserView head = heads.get(unit.id());
      rows.add(new Row(0, unit.id(), unit.name(), unit.level(), head == null ? null : head.displayName(),
          head == null ? null : head.username(), met, applicable, nominated.contains(unit.id()), indicators));
    }
    Function<Row, BigDecimal> orders = r -> r.indicators().stream()
        .filter(i -> i.code().equals(WorkFigures.ORDERS_ON_TIME) && i.value() != null).map(Indicator::value)
        .findFirst().orElse(BigDecimal.valueOf(-1));
    rows.sort(Comparator.comparingInt(Row::met).reversed().thenComparing(orders, Comparator.reverseOrder())
        .thenComparing(Row::unitName));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      ranked.add(new Row(i + 1, r.unitId(), r.unitName(), r.level(), r.headName(), r.headUsername(), r.met(),
          r.applicable(), r.nominated(), r.indicators()));
    }
    return ranked;
  }

  /**
   * Who answers for each unit's work: the unit itself when its level takes part, otherwise the
   * nearest unit above it that does (a district answers for its offices in a provincial movement).
   */
  private Map<Long, Long> owners(Movement m) {
    Map<Long, UnitView> byId = units.all().stream().collect(Collectors.toMap(UnitView::id, u -> u));
    Map<Long, Long> owners = new HashMap<>();
    for (UnitView unit : byId.values()) {
      for (UnitView u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
        if (m.getLevels().contains(u.level())) {
          owners.put(unit.id(), u.id());
          break;
        }
      }
    }
    return owners;
  }

  private static Map<String, Map<Long, WorkFigures.Ratio>> byParticipant(Map<String, Map<Long, WorkFigures.Ratio>> raw,
      Map<Long, Long> owners) {
    Map<String, Map<Long, WorkFigures.Ratio>> result = new HashMap<>();
    raw.forEach((code, perUnit) -> {
      Map<Long, WorkFigures.Ratio> folded = new HashMap<>();
      perUnit.forEach((unitId, ratio) -> {
        Long owner = owners.get(unitId);
        if (owner != null) {
          folded.merge(owner, ratio, WorkFigures.Ratio::plus);
        }
      });
      result.put(code, folded);
    });
    return result;
  }

  /**
   * The year's figure from the current entry of each quarter: percentages add up numerators and
   * denominators, counts add up, a yes counts if any quarter says yes.
   */
  private Map<String, Map<Long, BigDecimal[]>> enteredTotals(long id, List<Target> all) {
    Map<String, Target.Kind> kinds = all.stream().collect(Collectors.toMap(Target::getCode, Target::getKind));
    Map<String, Map<Long, BigDecimal[]>> totals = new HashMap<>();
    for (Entry e : entries.findByMovementIdAndCurrentTrue(id)) {
      Target.Kind kind = kinds.get(e.getTargetCode());
      if (kind == null) {
        continue;
      }
      BigDecimal[] sums = totals.computeIfAbsent(e.getTargetCode(), k -> new HashMap<>())
          .computeIfAbsent(e.getUnitId(), k -> new BigDecimal[] {null, null});
      if (kind == Target.Kind.YES_NO) {
        sums[0] = sums[0] == null ? e.getNumerator() : sums[0].max(e.getNumerator());
      } else {
        sums[0] = sums[0] == null ? e.getNumerator() : sums[0].add(e.getNumerator());
        if (kind == Target.Kind.PERCENT) {
          sums[1] = sums[1] == null ? e.getDenominator() : sums[1].add(e.getDenominator());
        }
      }
    }
    return totals;
  }

  /** The head of each unit: its first enabled user holding the unit-head role. */
  private Map<Long, UserView> heads() {
    Map<Long, UserView> heads = new HashMap<>();
    users.activeUsersWithRoles(Set.of(Role.UNIT_HEAD)).stream()
        .filter(u -> u.unitId() != null && u.roles().contains(Role.UNIT_HEAD))
        .forEach(u -> heads.putIfAbsent(u.unitId(), u));
    return heads;
  }

  // ---- nominations

  @Transactional(readOnly = true)
  public List<NominationView> nominations(long id) {
    Movement m = movement(id);
    Map<Long, Row> rows = rank(m).stream().collect(Collectors.toMap(Row::unitId, r -> r));
    return nominations.findByMovementIdOrderByProposedAtAscIdAsc(id).stream().map(n -> view(n, rows.get(n.getUnitId())))
        .toList();
  }

  public NominationView nominate(long id, NominationRequest request, CurrentUser user) {
    Movement m = movements.lock(id).orElseThrow(() -> notFound(id));
    Map<Long, Row> rows = rank(m).stream().collect(Collectors.toMap(Row::unitId, r -> r));
    Row row = request.unitId() == null ? null : rows.get(request.unitId());
    if (row == null) {
      throw ApiException.invalidField("unitId", "emulation.unitInScopeRequired");
    }
    if (row.headUsername() == null) {
      throw ApiException.invalidField("unitId", "emulation.noHeadAccount", row.unitName());
    }
    String reason = request.reason() == null ? null : request.reason().strip();
    if (reason != null && reason.length() > 4000) {
      throw ApiException.invalidField("reason", "emulation.reasonTooLong");
    }
    if (nominations.existsByMovementIdAndUnitId(id, row.unitId())) {
      throw ApiException.conflict("emulation.headAlreadyNominated", row.unitName());
    }
    long count = nominations.countByMovementId(id);
    if (count >= m.getAwardLimit()) {
      throw ApiException.conflict("emulation.awardLimitReached", m.getAwardLimit(), count);
    }
    Nomination n = nominations.save(new Nomination(id, row.unitId(), reason, user.getUsername(), clock.instant()));
    return view(n, row);
  }

  public void withdraw(long id, long nominationId) {
    nominations.delete(nomination(id, nominationId));
  }

  /** A nomination with the head's row in the scoreboard, for the dossier. */
  @Transactional(readOnly = true)
  public NominationDossier.Data dossierData(long id, long nominationId) {
    Movement m = movement(id);
    Nomination n = nomination(id, nominationId);
    Row row = rank(m).stream().filter(r -> r.unitId().equals(n.getUnitId())).findFirst()
        .orElseThrow(() -> ApiException.conflict("emulation.nominationUnitOutOfScope"));
    return new NominationDossier.Data(get(id), view(n, row), row);
  }

  private Nomination nomination(long id, long nominationId) {
    return nominations.findById(nominationId).filter(n -> n.getMovementId() == id)
        .orElseThrow(() -> ApiException.notFound("emulation.nominationNotFound", nominationId));
  }

  private NominationView view(Nomination n, Row row) {
    return new NominationView(n.getId(), n.getUnitId(), row == null ? null : row.unitName(),
        row == null ? null : row.headName(), n.getReason(), n.getProposedBy(), n.getProposedAt(),
        row == null ? 0 : row.met(), row == null ? 0 : row.applicable());
  }

  // ---- helpers

  private Movement movement(long id) {
    return movements.findById(id).orElseThrow(() -> notFound(id));
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("emulation.movementNotFound", id);
  }

  private Target target(long id, String code) {
    return targets.findByMovementIdOrderByPosition(id).stream().filter(t -> t.getCode().equals(code)).findFirst()
        .orElseThrow(() -> ApiException.notFound("emulation.movementHasNoTarget", code));
  }

  private String unitName(long unitId) {
    return units.find(unitId).map(UnitView::name).orElse("");
  }

  private Map<Long, String> unitNames() {
    return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
  }
}
