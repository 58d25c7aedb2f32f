package vn.partracker.improvement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.org.UnitPhrases;
import vn.partracker.org.UnitScope;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Message;
import vn.partracker.shared.TableReader;

/**
 * Importing a plan appendix (phụ lục kế hoạch): a preview that saves nothing, the questions about
 * unit phrases that name no unit or several, and the import itself, all rows or nothing.
 */
@Service
@Transactional
public class PlanImport {

  /**
   * What an import preview shows: the items, the baseline, the problems of the file, and the open
   * questions: unit phrases that name no unit or several ({@code unknownUnits}: the same, by name).
   */
  public record Preview(PlanView plan, List<ApiErrorItem> errors, List<PlanTable.UnknownUnit> unknownUnits,
      List<Question> questions) {}

  /** A unit a question suggests. */
  public record Candidate(long unitId, String name) {}

  /** An open question of an import: a phrase of one cell that names no unit, or several. */
  public record Question(int row, String column, String phrase, List<Candidate> candidates) {}

  /**
   * A person's answer to a question: the units the phrase names (saved as an alias of each), or
   * {@code note: true} to keep the phrase as a note on the item.
   */
  public record Answer(Integer row, String column, String phrase, @Nullable List<Long> unitIds, @Nullable Boolean note) {

    boolean isNote() {
      return Boolean.TRUE.equals(note);
    }

    List<Long> units() {
      return unitIds == null ? List.of() : unitIds;
    }
  }

  private final ImprovementPlanRepository plans;
  private final PlanItemRepository items;
  private final BaselineFieldRepository baselines;
  private final UnitService units;
  private final TableReader reader;
  private final UnitScope scope;
  private final PlanViews views;
  private final Clock clock;

  PlanImport(ImprovementPlanRepository plans, PlanItemRepository items, BaselineFieldRepository baselines,
      UnitService units, TableReader reader, UnitScope scope, PlanViews views, Clock clock) {
    this.plans = plans;
    this.items = items;
    this.baselines = baselines;
    this.units = units;
    this.reader = reader;
    this.scope = scope;
    this.views = views;
    this.clock = clock;
  }

  /** Reads a plan appendix without saving anything. */
  @Transactional(readOnly = true)
  public Preview preview(MultipartFile file, Integer year, Long ownerUnitId) {
    PlanTable.Parsed parsed = parse(file, year, ownerUnitId);
    Map<Long, String> names = views.unitNames();
    List<PlanView.Item> previewItems = new ArrayList<>();
    for (PlanTable.Row row : parsed.rows()) {
      previewItems.add(PlanViews.item(null, row.row(), row.content(), year, names, List.of(), null));
    }
    PlanView.Baseline baseline = PlanViews.baseline(parsed.baseline().stream()
        .map(b -> new PlanView.Field(b.code(), b.title(), b.max(), b.achieved())).toList());
    PlanView plan = new PlanView(null, null, year, ownerUnitId, names.get(ownerUnitId), null, "DRAFT", "IMPORT", baseline,
        previewItems, 0, null, null, null, null, null);
    List<Question> questions = parsed.unknownUnits().stream().map(u -> new Question(u.row(), u.column(), u.name(),
        u.candidates().stream().map(c -> new Candidate(c.id(), c.name())).toList())).toList();
    return new Preview(plan, parsed.otherErrors(), parsed.unknownUnits(), questions);
  }

  /** Imports a plan appendix: all rows or nothing. */
  public PlanView importPlan(MultipartFile file, Integer year, Long ownerUnitId, String name) {
    return importPlan(file, year, ownerUnitId, name, List.of());
  }

  /**
   * Imports a plan appendix with the answers to the preview's questions: a unit answer is saved as an
   * alias of each unit it names (the next file with the phrase asks nothing), a note answer keeps the
   * phrase as the item's note; all rows or nothing, the aliases included.
   */
  public PlanView importPlan(MultipartFile file, Integer year, Long ownerUnitId, String name, List<Answer> answers) {
    vn.partracker.shared.Table table = reader.read(file, TableReader.MAX_ROWS_PLAN);
    checkPlanFields(year, ownerUnitId);
    return importPlan(table, year, ownerUnitId, name, answer(answers, ownerUnitId));
  }

  PlanView importPlan(vn.partracker.shared.Table table, Integer year, Long ownerUnitId, String name) {
    return importPlan(table, year, ownerUnitId, name, Set.of());
  }

  private PlanView importPlan(vn.partracker.shared.Table table, Integer year, Long ownerUnitId, String name,
      Set<PlanTable.NoteAnswer> notes) {
    checkPlanFields(year, ownerUnitId);
    PlanTable.Parsed parsed = PlanTable.parse(table, new UnitPhrases(units.all(), ownerUnitId), notes);
    if (!parsed.unknownErrors().isEmpty() && parsed.otherErrors().isEmpty()) {
      throw ApiException.invalid(Message.of("improvement.unknownNamesLeft", parsed.unknownErrors().size()), parsed.errors());
    }
    if (!parsed.errors().isEmpty()) {
      throw ApiException.invalid(Message.of("shared.tableErrors", parsed.errors().size()), parsed.errors());
    }
    String planName = name == null || name.isBlank()
        ? "Kế hoạch nâng cao Chỉ số CCHC năm " + year + " – " + views.unitNames().get(ownerUnitId) : name.strip();
    ImprovementPlan plan = plans.save(new ImprovementPlan(planName, year, ownerUnitId, ImprovementPlan.Source.IMPORT,
        clock.instant()));
    int position = 0;
    for (PlanTable.Row row : parsed.rows()) {
      items.save(new PlanItem(plan.getId(), position++, row.row(), row.content()));
    }
    for (PlanTable.BaselineRow b : parsed.baseline()) {
      baselines.save(new BaselineField(plan.getId(), b.code(), b.title(), b.max(), b.achieved()));
    }
    PlanView.Baseline baseline = PlanViews.baseline(views.baselineFields(plan.getId()));
    if (baseline != null) {
      plan.baseline(baseline.totalMax(), baseline.totalAchieved(), baseline.index(), baseline.classification());
    }
    return views.view(plan, true);
  }

  private PlanTable.Parsed parse(MultipartFile file, Integer year, Long ownerUnitId) {
    checkPlanFields(year, ownerUnitId);
    return PlanTable.parse(reader.read(file, TableReader.MAX_ROWS_PLAN), new UnitPhrases(units.all(), ownerUnitId));
  }

  /**
   * Checks the answers (every problem by {@code answers[i].field}), saves each unit answer as an
   * alias of its units within the owner's subtree, and returns the phrases kept as notes.
   */
  private Set<PlanTable.NoteAnswer> answer(List<Answer> answers, long ownerUnitId) {
    List<Answer> all = answers == null ? List.of() : answers;
    Set<Long> subtree = scope.subtree(ownerUnitId);
    List<ApiErrorItem> errors = new ArrayList<>();
    Map<String, Answer> byPhrase = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Answer a = all.get(i);
      String at = "answers[" + i + "]";
      if (a == null) {
        errors.add(ApiErrorItem.field(at, "improvement.answersEmpty"));
        continue;
      }
      if (a.row() == null || a.row() < 1) {
        errors.add(ApiErrorItem.field(at + ".row", "improvement.answerRowRequired"));
      }
      if (a.column() == null || a.column().isBlank()) {
        errors.add(ApiErrorItem.field(at + ".column", "improvement.answerColumnRequired"));
      }
      String key = vn.partracker.org.UnitNames.key(a.phrase());
      if (key.isEmpty()) {
        errors.add(ApiErrorItem.field(at + ".phrase", "improvement.answerPhraseRequired"));
      } else if (a.phrase().strip().length() > 255) {
        errors.add(ApiErrorItem.field(at + ".phrase", "improvement.answerPhraseTooLong"));
      }
      if (a.isNote() == !a.units().isEmpty()) {
        errors.add(ApiErrorItem.field(at, "improvement.answerUnitsOrNote"));
      } else if (a.units().stream().anyMatch(id -> id == null || !subtree.contains(id))) {
        errors.add(ApiErrorItem.field(at + ".unitIds", "improvement.answerUnitOutside"));
      } else if (!key.isEmpty()) {
        Answer earlier = byPhrase.putIfAbsent(key, a);
        if (earlier != null && (earlier.isNote() != a.isNote()
            || !new HashSet<>(earlier.units()).equals(new HashSet<>(a.units())))) {
          errors.add(ApiErrorItem.field(at, "improvement.answerConflict", a.phrase().strip()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("improvement.answersInvalid", errors);
    }
    Set<PlanTable.NoteAnswer> notes = new HashSet<>();
    Map<Long, UnitView> known = new HashMap<>();
    units.all().forEach(u -> known.put(u.id(), u));
    for (Answer a : all) {
      String key = vn.partracker.org.UnitNames.key(a.phrase());
      if (a.isNote()) {
        notes.add(new PlanTable.NoteAnswer(a.row(), a.column().strip(), key));
        continue;
      }
      for (Long unitId : new java.util.LinkedHashSet<>(a.units())) {
        UnitView unit = known.get(unitId);
        boolean has = unit.aliases().stream().anyMatch(x -> vn.partracker.org.UnitNames.key(x).equals(key));
        if (!has) {
          known.put(unitId, units.addAlias(unitId, a.phrase().strip()));
        }
      }
    }
    return notes;
  }

  private void checkPlanFields(Integer year, Long ownerUnitId) {
    List<ApiErrorItem> errors = new ArrayList<>();
    if (year == null || year < 2000 || year > 2100) {
      errors.add(ApiErrorItem.field("year", "improvement.planYearRange"));
    }
    if (ownerUnitId == null || !units.exists(ownerUnitId)) {
      errors.add(ApiErrorItem.field("ownerUnitId", "improvement.issuerRequired"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("improvement.planInvalid", errors);
    }
  }
}
