package vn.partracker.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.emulation.EmulationViews.EntryRequest;
import vn.partracker.emulation.EmulationViews.EntryView;
import vn.partracker.emulation.EmulationViews.Evidence;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Attachments;
import vn.partracker.shared.CurrentUser;

/** Figures a unit enters for a movement's entered targets, quarter by quarter, with their evidence. */
@Service
@Transactional
class EntryService {

  static final String EVIDENCE = "EMULATION_ENTRY";
  static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4");

  private final MovementService movements;
  private final EntryRepository entries;
  private final UnitService units;
  private final UnitScope scope;
  private final Attachments attachments;
  private final Clock clock;

  EntryService(MovementService movements, EntryRepository entries, UnitService units, UnitScope scope,
      Attachments attachments, Clock clock) {
    this.movements = movements;
    this.entries = entries;
    this.units = units;
    this.scope = scope;
    this.attachments = attachments;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<EntryView> entries(long id, Long unitId, CurrentUser user) {
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

  EntryView enter(long id, EntryRequest request, CurrentUser user) {
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
        : movements.targets(id).stream().filter(t -> t.getCode().equals(request.targetCode()))
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

  EntryView attach(long id, long entryId, MultipartFile file, CurrentUser user) {
    Entry entry = entry(id, entryId);
    attachments.store(EVIDENCE, entry.getId(), file, user.getUsername());
    return view(entry, Map.of(entry.getUnitId(), unitName(entry.getUnitId())));
  }

  @Transactional(readOnly = true)
  Attachments.Content evidence(long id, long entryId, long attachmentId) {
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

  private Movement movement(long id) {
    return movements.movement(id);
  }

  private String unitName(long unitId) {
    return units.find(unitId).map(UnitView::name).orElse("");
  }

  private Map<Long, String> unitNames() {
    return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
  }
}
