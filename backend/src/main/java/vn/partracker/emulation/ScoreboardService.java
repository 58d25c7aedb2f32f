package vn.partracker.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.emulation.EmulationViews.Indicator;
import vn.partracker.emulation.EmulationViews.Row;
import vn.partracker.emulation.EmulationViews.TargetHeader;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.org.UserService;
import vn.partracker.org.UserView;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Role;

/**
 * The scoreboard of a movement: every participating unit's head ranked by targets met, from the
 * figures computed from the work and the figures entered; and the tasks behind a computed figure.
 */
@Service
@Transactional(readOnly = true)
class ScoreboardService {

  private final MovementService movements;
  private final EntryRepository entries;
  private final NominationRepository nominations;
  private final WorkFigures work;
  private final UnitService units;
  private final UserService users;
  private final UnitScope scope;
  private final Clock clock;

  ScoreboardService(MovementService movements, EntryRepository entries, NominationRepository nominations,
      WorkFigures work, UnitService units, UserService users, UnitScope scope, Clock clock) {
    this.movements = movements;
    this.entries = entries;
    this.nominations = nominations;
    this.work = work;
    this.units = units;
    this.users = users;
    this.scope = scope;
    this.clock = clock;
  }

  /** Every participating unit's head ranked; a unit head gets their own rows with their true rank. */
  EmulationViews.Scoreboard scoreboard(long id, CurrentUser user) {
    Movement m = movement(id);
    List<Row> rows = rank(m);
    List<Row> visible = rows;
    if (!user.seesAllUnits()) {
      Set<Long> mine = scope.actableUnitIds(user);
      visible = rows.stream().filter(r -> mine.contains(r.unitId())).toList();
    }
    List<TargetHeader> headers = movements.targets(id).stream()
        .map(t -> new TargetHeader(t.getCode(), t.getTitle(), t.getKind(), t.getComparator(), t.getSource()))
        .toList();
    return new EmulationViews.Scoreboard(id, m.getYear(), m.getAwardLimit(), rows.size(), headers, visible);
  }

  List<EmulationViews.TaskRow> tasksBehind(long id, long unitId, String code) {
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

  /** Every participating unit's row, ranked: computed once per request and shared by its callers. */
  List<Row> rank(Movement m) {
    List<Target> all = movements.targets(m.getId());
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

  private Movement movement(long id) {
    return movements.movement(id);
  }

  private Target target(long id, String code) {
    return movements.target(id, code);
  }
}
