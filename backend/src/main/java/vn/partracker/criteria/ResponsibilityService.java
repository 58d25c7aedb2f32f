package vn.partracker.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.org.UnitDirectory;
import vn.partracker.org.UnitService;
import vn.partracker.org.UnitView;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Message;
import vn.partracker.shared.Table;
import vn.partracker.shared.TableReader;

/**
 * The responsibility matrix (seed 000): per field one lead unit and any supporting units; a
 * criterion may override its field. Sub-criteria follow their criterion.
 */
@Service
@Transactional
public class ResponsibilityService {

  /** The assignment in effect for a node. */
  public record Assignment(@Nullable Long leadUnitId, List<Long> supportingUnitIds, @Nullable String note) {}

  public record Row(Long nodeId, String code, String title, int depth, boolean own, @Nullable Long leadUnitId,
      List<Long> supportingUnitIds, @Nullable String note) {}

  public record Matrix(List<Row> rows) {}

  record AssignRequest(@Nullable Long leadUnitId, @Nullable List<Long> supportingUnitIds, @Nullable String note) {}

  static final String CODE = "Stt";
  static final String LEAD = "Đơn vị chủ trì";
  static final String SUPPORT = "Đơn vị phối hợp";
  static final String NOTE = "Ghi chú";

  private final CriteriaService criteria;
  private final ResponsibilityRepository responsibilities;
  private final UnitService units;
  private final TableReader reader;

  ResponsibilityService(CriteriaService criteria, ResponsibilityRepository responsibilities, UnitService units,
      TableReader reader) {
    this.criteria = criteria;
    this.responsibilities = responsibilities;
    this.units = units;
    this.reader = reader;
  }

  @Transactional(readOnly = true)
  public Matrix matrix(long setId) {
    CriteriaSetView set = criteria.view(criteria.find(setId));
    Map<Long, Responsibility> own = ownBySetAndNode(setId);
    List<Row> rows = new ArrayList<>();
    for (CriteriaNodeView field : set.nodes()) {
      Assignment fieldAssignment = assignment(own.get(field.id()));
      rows.add(row(field, own.containsKey(field.id()), fieldAssignment));
      for (CriteriaNodeView criterion : field.children()) {
        Responsibility r = own.get(criterion.id());
        rows.add(row(criterion, r != null, r != null ? assignment(r) : fieldAssignment));
      }
    }
    return new Matrix(rows);
  }

  /** The assignment in effect for a node code: its own, its criterion's or its field's. */
  @Transactional(readOnly = true)
  public Optional<Assignment> effective(long setId, String code) {
    Map<String, Row> byCode = matrix(setId).rows().stream().collect(Collectors.toMap(Row::code, Function.identity()));
    for (String c = code; c != null; c = Codes.parent(c)) {
      Row row = byCode.get(c);
      if (row != null && row.leadUnitId() != null) {
        return Optional.of(new Assignment(row.leadUnitId(), row.supportingUnitIds(), row.note()));
      }
    }
    return Optional.empty();
  }

  public Matrix assign(long setId, long nodeId, AssignRequest request) {
    CriteriaNodeView node = matrixNode(setId, nodeId);
    List<ApiErrorItem> errors = new ArrayList<>();
    List<Long> supporting = validateUnits(request, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("criteria.responsibilityInvalidForItem", node.code()), errors);
    }
    save(setId, node.id(), request.leadUnitId(), supporting, request.note());
    return matrix(setId);
  }

  public Matrix unassign(long setId, long nodeId) {
    matrixNode(setId, nodeId);
    responsibilities.findByNodeId(nodeId).ifPresent(responsibilities::delete);
    return matrix(setId);
  }

  /** Imports a matrix table (Stt | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú); all rows or none. */
  public Map<String, Integer> importMatrix(long setId, MultipartFile file) {
    Table table = reader.read(file, TableReader.MAX_ROWS_CRITERIA);
    List<ApiErrorItem> errors = new ArrayList<>();
    int code = table.requireColumn(errors, CODE, "STT", "TT");
    int lead = table.requireColumn(errors, LEAD, "Cơ quan chủ trì", "Chủ trì");
    Optional<Integer> support = table.column(SUPPORT, "Cơ quan phối hợp", "Phối hợp");
    Optional<Integer> note = table.column(NOTE);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("criteria.responsibilityColumnsMissing", errors);
    }
    CriteriaSetView set = criteria.view(criteria.find(setId));
    Map<String, CriteriaNodeView> nodes = CriteriaTree.flatten(set.nodes()).stream()
        .filter(n -> n.depth() <= 2).collect(Collectors.toMap(CriteriaNodeView::code, Function.identity()));
    UnitDirectory directory = new UnitDirectory(units.all());
    int updated = 0;
    for (Table.Row row : table.dataRows()) {
      String nodeCode = Codes.normalize(row.get(code));
      CriteriaNodeView node = nodes.get(nodeCode);
      if (node == null) {
        errors.add(ApiErrorItem.cell(row.number(), CODE, "criteria.noFieldOrCriterionNumbered", row.get(code)));
        continue;
      }
      List<Long> leads = resolve(directory, List.of(row.get(lead)), row, LEAD, errors);
      List<Long> supporting = resolve(directory, support.map(c -> split(row.get(c))).orElse(List.of()), row, SUPPORT,
          errors);
      if (leads.size() != 1) {
        if (row.get(lead).isBlank()) {
          errors.add(ApiErrorItem.cell(row.number(), LEAD, "criteria.leadUnitMissing"));
        }
        continue;
      }
      List<ApiErrorItem> rowErrors = new ArrayList<>();
      validateUnits(new AssignRequest(leads.get(0), supporting, null), rowErrors);
      rowErrors.forEach(e -> errors.add(ApiErrorItem.cell(row.number(), SUPPORT, e.message())));
      if (rowErrors.isEmpty()) {
        save(setId, node.id(), leads.get(0), supporting, note.map(row::get).filter(s -> !s.isBlank()).orElse(null));
        updated++;
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("criteria.responsibilityErrors", errors.size()), errors);
    }
    return Map.of("updated", updated);
  }

  private void save(long setId, Long nodeId, Long lead, List<Long> supporting, String note) {
    Responsibility r = responsibilities.findByNodeId(nodeId).orElseGet(() -> new Responsibility(setId, nodeId));
    r.assign(lead, supporting, note == null || note.isBlank() ? null : note.strip());
    responsibilities.save(r);
  }

  private List<Long> validateUnits(AssignRequest request, List<ApiErrorItem> errors) {
    if (request.leadUnitId() == null) {
      errors.add(ApiErrorItem.field("leadUnitId", "criteria.leadUnitRequired"));
    } else if (!units.exists(request.leadUnitId())) {
      errors.add(ApiErrorItem.field("leadUnitId", "shared.noUnitWithId", request.leadUnitId()));
    }
    List<Long> supporting = new ArrayList<>(new LinkedHashSet<>(
        request.supportingUnitIds() == null ? List.of() : request.supportingUnitIds()));
    for (Long id : supporting) {
      if (id == null || !units.exists(id)) {
        errors.add(ApiErrorItem.field("supportingUnitIds", "shared.noUnitWithId", id));
      } else if (id.equals(request.leadUnitId())) {
        errors.add(ApiErrorItem.field("supportingUnitIds", "shared.leadNotContributor"));
      }
    }
    if (request.note() != null && request.note().length() > 1000) {
      errors.add(ApiErrorItem.field("note", "criteria.noteTooLong"));
    }
    return supporting;
  }

  private static List<Long> resolve(UnitDirectory directory, List<String> names, Table.Row row, String column,
      List<ApiErrorItem> errors) {
    List<Long> ids = new ArrayList<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      List<UnitView> matches = directory.find(name);
      if (matches.size() == 1) {
        ids.add(matches.get(0).id());
      } else {
        errors.add(ApiErrorItem.cell(row.number(), column, matches.isEmpty()
            ? "criteria.unitNameUnknown" : "shared.unitNameAmbiguous", name.strip()));
      }
    }
    return ids;
  }

  private static List<String> split(String text) {
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private CriteriaNodeView matrixNode(long setId, long nodeId) {
    CriteriaSetView set = criteria.view(criteria.find(setId));
    return CriteriaTree.flatten(set.nodes()).stream()
        .filter(n -> nodeId == n.id() && n.depth() <= 2)
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("criteria.setHasNoFieldOrCriterion", nodeId));
  }

  private Map<Long, Responsibility> ownBySetAndNode(long setId) {
    return responsibilities.findBySetId(setId).stream()
        .collect(Collectors.toMap(Responsibility::getNodeId, Function.identity()));
  }

  private static Assignment assignment(Responsibility r) {
    return r == null ? new Assignment(null, List.of(), null)
        : new Assignment(r.getLeadUnitId(), r.getSupportingUnitIds(), r.getNote());
  }

  private static Row row(CriteriaNodeView node, boolean own, Assignment a) {
    return new Row(node.id(), node.code(), node.title(), node.depth(), own, a.leadUnitId(), a.supportingUnitIds(),
        a.note());
  }
}
