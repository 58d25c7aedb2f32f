package vn.partracker.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.emulation.EmulationViews.MovementRequest;
import vn.partracker.emulation.EmulationViews.MovementSummary;
import vn.partracker.emulation.EmulationViews.MovementView;
import vn.partracker.emulation.EmulationViews.TargetView;
import vn.partracker.org.UnitLevels;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;

/** Emulation movements: launching one with its targets, listing them, and the thresholds per level. */
@Service
@Transactional
class MovementService {

  private final MovementRepository movements;
  private final TargetRepository targets;
  private final NominationRepository nominations;
  private final UnitLevels unitLevels;
  private final Clock clock;

  MovementService(MovementRepository movements, TargetRepository targets, NominationRepository nominations,
      UnitLevels unitLevels, Clock clock) {
    this.movements = movements;
    this.targets = targets;
    this.nominations = nominations;
    this.unitLevels = unitLevels;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<MovementSummary> list() {
    return movements.findAllByOrderByYearDescIdDesc().stream()
        .map(m -> new MovementSummary(m.getId(), m.getYear(), m.getName(), m.getLevels(), m.getAwardLimit(),
            nominations.countByMovementId(m.getId())))
        .toList();
  }

  MovementView create(MovementRequest request, CurrentUser user) {
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
  MovementView get(long id) {
    Movement m = movement(id);
    return new MovementView(m.getId(), m.getYear(), m.getName(), m.getLevels(), m.getAwardLimit(),
        nominations.countByMovementId(id),
        targets.findByMovementIdOrderByPosition(id).stream().map(TargetView::of).toList());
  }

  TargetView updateThresholds(long id, String code, Map<String, BigDecimal> thresholds) {
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

  /** The movement, or 404. */
  @Transactional(readOnly = true)
  Movement movement(long id) {
    return movements.findById(id).orElseThrow(() -> notFound(id));
  }

  /** The movement locked for this transaction (so two coordinators cannot nominate past its limit), or 404. */
  Movement lock(long id) {
    return movements.lock(id).orElseThrow(() -> notFound(id));
  }

  private static ApiException notFound(long id) {
    return ApiException.notFound("emulation.movementNotFound", id);
  }

  @Transactional(readOnly = true)
  List<Target> targets(long id) {
    return targets.findByMovementIdOrderByPosition(id);
  }

  /** The movement's target of this code, or 404. */
  @Transactional(readOnly = true)
  Target target(long id, String code) {
    return targets(id).stream().filter(t -> t.getCode().equals(code)).findFirst()
        .orElseThrow(() -> ApiException.notFound("emulation.movementHasNoTarget", code));
  }
}
