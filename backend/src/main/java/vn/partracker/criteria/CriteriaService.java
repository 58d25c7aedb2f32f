package vn.partracker.criteria;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partracker.criteria.CriteriaRequests.NodeRequest;
import vn.partracker.criteria.CriteriaRequests.SetRequest;
import vn.partracker.org.UnitLevels;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.Message;

/**
 * Criteria sets: drafts are edited node by node or imported from a table; publishing checks the
 * sums and freezes the set (copy it to change it).
 */
@Service
@Transactional
public class CriteriaService {

  private final CriteriaSetRepository sets;
  private final CriteriaNodeRepository nodes;
  private final UnitLevels levels;
  private final Clock clock;
  private final vn.partracker.shared.audit.AuditTrail audit;

  CriteriaService(CriteriaSetRepository sets, CriteriaNodeRepository nodes, UnitLevels levels, Clock clock,
      vn.partracker.shared.audit.AuditTrail audit) {
    this.audit = audit;
    this.sets = sets;
    this.nodes = nodes;
    this.levels = levels;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CriteriaSetView.Summary> list(boolean includeDrafts) {
    return sets.findAllByOrderByYearDescIdDesc().stream()
        .filter(s -> includeDrafts || s.isPublished())
        .map(s -> view(s).summary())
        .toList();
  }

  /** A set; drafts only for those who may edit them (others get 404, as if it did not exist). */
  @Transactional(readOnly = true)
  public CriteriaSetView get(long id, boolean includeDrafts) {
    CriteriaSet set = find(id);
    if (!includeDrafts && !set.isPublished()) {
      throw ApiException.notFound("criteria.setNotFound", id);
    }
    return view(set);
  }

  public CriteriaSetView create(SetRequest request) {
    SetRequest clean = validate(request);
    CriteriaSet set = sets.save(new CriteriaSet(clean.name(), clean.year(), clean.level(), clean.thresholds(),
        clean.indexCappedAt100(), null, clock.instant()));
    return view(set);
  }

  public CriteriaSetView update(long id, SetRequest request) {
    CriteriaSet set = draft(id);
    SetRequest clean = validate(request);
    set.update(clean.name(), clean.year(), clean.level(), clean.thresholds(), clean.indexCappedAt100(),
        clock.instant());
    return view(set);
  }

  public void delete(long id) {
    sets.delete(draft(id));
  }

  /** Checks every sum and freezes the set. */
  public CriteriaSetView publish(long id) {
    CriteriaSet set = draft(id);
    CriteriaSetView view = view(set);
    List<ApiErrorItem> errors = new ArrayList<>();
    if (view.nodes().isEmpty()) {
      errors.add(ApiErrorItem.field("nodes", "criteria.setHasNoFields"));
    }
    CriteriaTree.walk(view.nodes(), n -> {
      if (n.sumMismatch()) {
        errors.add(ApiErrorItem.field(n.code(), "criteria.childrenSumMismatch", n.code(), Points.format(n.childrenSum()), Points.format(n.maxPoints())));
      }
    });
    if (!errors.isEmpty()) {
      throw ApiException.invalid(Message.of("criteria.cannotPublish", errors.size()), errors);
    }
    set.publish(clock.instant());
    return view(set);
  }

  /** A new draft with the same tree, e.g. for next year. */
  public CriteriaSetView copy(long id, CriteriaRequests.CopyRequest request) {
    CriteriaSet source = find(id);
    SetRequest clean = validate(new SetRequest(request.name(), request.year(), source.getLevel(), source.thresholds(),
        source.isIndexCappedAt100()));
    CriteriaSet copy = sets.save(new CriteriaSet(clean.name(), clean.year(), clean.level(), clean.thresholds(),
        clean.indexCappedAt100(), source.getId(), clock.instant()));
    List<NodeContent> contents = nodes.findBySetId(source.getId()).stream().map(CriteriaNode::content).toList();
    saveTree(copy.getId(), contents);
    return view(copy);
  }

  /** Creates a draft from an imported table (already checked). */
  CriteriaSetView createWithNodes(SetRequest request, List<NodeContent> contents) {
    SetRequest clean = validate(request);
    CriteriaSet set = sets.save(new CriteriaSet(clean.name(), clean.year(), clean.level(), clean.thresholds(),
        clean.indexCappedAt100(), null, clock.instant()));
    saveTree(set.getId(), contents);
    return view(set);
  }

  public CriteriaSetView addNode(long setId, NodeRequest request) {
    CriteriaSet set = draft(setId);
    List<CriteriaNode> all = nodes.findBySetId(setId);
    NodeContent content = validateNode(request, null, all);
    nodes.save(new CriteriaNode(setId, request.parentId(), content));
    set.touch(clock.instant());
    return view(set);
  }

  /**
   * A change of a node of a draft set, based on the version read ({@code version} in the body, else
   * {@code ifMatch}; neither is a 422 on {@code version}); an older one is a 409 with who changed the
   * node, when, and the set as it is now.
   */
  public CriteriaSetView updateNode(long setId, long nodeId, NodeRequest request, Long ifMatch) {
    CriteriaSet set = draft(setId);
    List<CriteriaNode> all = nodes.findBySetId(setId);
    CriteriaNode node = all.stream().filter(n -> n.getId() == nodeId).findFirst()
        .orElseThrow(() -> ApiException.notFound("criteria.itemNotFound", nodeId));
    long version = IfMatch.required(request.version(), ifMatch, "shared.versionOf.item");
    if (version != node.getVersion()) {
      throw IfMatch.stale(Message.of("shared.staleItem", node.getCode()), Message.of("shared.staleItemKind"), audit.whoLast(CriteriaNode.class, nodeId), view(set));
    }
    if (!Objects.equals(request.parentId(), node.getParentId())) {
      throw ApiException.invalidField("parentId", "criteria.cannotMove");
    }
    NodeContent content = validateNode(request, node, all);
    boolean hasChildren = all.stream().anyMatch(n -> Objects.equals(n.getParentId(), nodeId));
    if (hasChildren && !content.code().equals(node.getCode())) {
      throw ApiException.invalidField("code", "criteria.cannotRenumber");
    }
    node.update(content);
    set.touch(clock.instant());
    nodes.flush(); // the answer carries the node's new version
    return view(set);
  }

  public CriteriaSetView deleteNode(long setId, long nodeId) {
    CriteriaSet set = draft(setId);
    CriteriaNode node = nodes.findById(nodeId).filter(n -> n.getSetId() == setId)
        .orElseThrow(() -> ApiException.notFound("criteria.itemNotFound", nodeId));
    nodes.delete(node);
    set.touch(clock.instant());
    return view(set);
  }

  /** What changed from {@code olderId} to {@code newerId}, by code. */
  @Transactional(readOnly = true)
  public List<Change> diff(long newerId, long olderId) {
    Map<String, NodeContent> before = byCode(find(olderId));
    Map<String, NodeContent> after = byCode(find(newerId));
    List<String> codes = new ArrayList<>(before.keySet());
    after.keySet().stream().filter(c -> !before.containsKey(c)).forEach(codes::add);
    codes.sort(Codes.ORDER);
    List<Change> changes = new ArrayList<>();
    for (String code : codes) {
      NodeContent b = before.get(code);
      NodeContent a = after.get(code);
      if (b == null) {
        changes.add(new Change(code, "ADDED", null, Change.Side.of(a)));
      } else if (a == null) {
        changes.add(new Change(code, "REMOVED", Change.Side.of(b), null));
      } else if (!b.title().equals(a.title()) || b.maxPoints().compareTo(a.maxPoints()) != 0) {
        changes.add(new Change(code, "CHANGED", Change.Side.of(b), Change.Side.of(a)));
      }
    }
    return changes;
  }

  public record Change(String code, String kind, @Nullable Side before, @Nullable Side after) {
    public record Side(String title, BigDecimal maxPoints) {
      static Side of(NodeContent c) {
        return new Side(c.title(), Points.clean(c.maxPoints()));
      }
    }
  }

  CriteriaSet find(long id) {
    return sets.findById(id).orElseThrow(() -> ApiException.notFound("criteria.setNotFound", id));
  }

  private CriteriaSet draft(long id) {
    CriteriaSet set = find(id);
    if (set.isPublished()) {
      throw ApiException.conflict("criteria.setPublished");
    }
    return set;
  }

  private Map<String, NodeContent> byCode(CriteriaSet set) {
    Map<String, NodeContent> map = new HashMap<>();
    nodes.findBySetId(set.getId()).forEach(n -> map.put(n.getCode(), n.content()));
    return map;
  }

  /** Saves nodes parents first, linking each to its parent by code. */
  private void saveTree(Long setId, List<NodeContent> contents) {
    List<NodeContent> ordered = new ArrayList<>(contents);
    ordered.sort(Comparator.comparing(NodeContent::code, Codes.ORDER));
    Map<String, Long> ids = new HashMap<>();
    for (NodeContent content : ordered) {
      String parent = Codes.parent(content.code());
      CriteriaNode saved = nodes.save(new CriteriaNode(setId, parent == null ? null : ids.get(parent), content));
      ids.put(content.code(), saved.getId());
    }
  }

  CriteriaSetView view(CriteriaSet set) {
    List<CriteriaNode> all = nodes.findBySetId(set.getId());
    List<CriteriaNodeView> tree =
        CriteriaTree.build(all.stream().map(n -> new CriteriaTree.Item(n.getId(), n.content(), n.getVersion())).toList());
    return new CriteriaSetView(set.getId(), set.getName(), set.getYear(), set.getLevel(), set.getStatus().name(),
        CriteriaTree.total(tree), CriteriaTree.cap(tree, Section.BONUS), CriteriaTree.cap(tree, Section.PENALTY),
        set.isIndexCappedAt100(), all.size(), set.getCopiedFromId(), set.getUpdatedAt(), set.thresholds(), tree);
  }

  private SetRequest validate(SetRequest request) {
    List<ApiErrorItem> errors = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      errors.add(ApiErrorItem.field("name", "criteria.setNameRequired"));
    } else if (name.length() > 500) {
      errors.add(ApiErrorItem.field("name", "criteria.setNameTooLong"));
    }
    if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
      errors.add(ApiErrorItem.field("year", "shared.yearRange"));
    }
    if (request.level() == null || levels.find(request.level()).isEmpty()) {
      errors.add(ApiErrorItem.field("level", "criteria.levelOneOf", String.join(", ", levels.codes())));
    }
    Thresholds thresholds = Optional.ofNullable(request.thresholds()).orElse(Thresholds.DEFAULT);
    if (thresholds.excellent() == null || thresholds.good() == null || thresholds.fair() == null
        || thresholds.average() == null || !thresholds.isOrdered()) {
      errors.add(ApiErrorItem.field("thresholds",
          "criteria.thresholdsOrder"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("criteria.setInvalid", errors);
    }
    return new SetRequest(name, request.year(), request.level(), thresholds,
        !Boolean.FALSE.equals(request.indexCappedAt100()));
  }

  private NodeContent validateNode(NodeRequest request, CriteriaNode existing, List<CriteriaNode> all) {
    List<ApiErrorItem> errors = new ArrayList<>();
    String code = Codes.normalize(request.code());
    CriteriaNode parent = request.parentId() == null ? null
        : all.stream().filter(n -> n.getId().equals(request.parentId())).findFirst().orElse(null);
    if (request.parentId() != null && parent == null) {
      errors.add(ApiErrorItem.field("parentId", "criteria.noParentInSet", request.parentId()));
    }
    if (!Codes.isValid(code)) {
      errors.add(ApiErrorItem.field("code", "criteria.codeFormatPlain"));
    } else {
      String expectedParent = parent == null ? null : parent.getCode();
      if (request.parentId() == null ? Codes.parent(code) != null
          : parent != null && !Objects.equals(Codes.parent(code), expectedParent)) {
        errors.add(ApiErrorItem.field("code", parent == null
            ? Message.of("criteria.fieldCodeOneLevel")
            : Message.of("criteria.childCodePrefix", expectedParent)));
      }
      boolean duplicate = all.stream()
          .anyMatch(n -> n.getCode().equals(code) && (existing == null || !n.getId().equals(existing.getId())));
      if (duplicate) {
        errors.add(ApiErrorItem.field("code", "criteria.codeTaken", code));
      }
    }
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty()) {
      errors.add(ApiErrorItem.field("title", "criteria.itemTitleRequired"));
    } else if (title.length() > 2000) {
      errors.add(ApiErrorItem.field("title", "criteria.itemTitleTooLong"));
    }
    for (String[] text : new String[][] {{"guidance", request.guidance()}, {"evidence", request.evidence()}}) {
      if (text[1] != null && text[1].length() > 10000) {
        errors.add(ApiErrorItem.field(text[0], "criteria.contentTooLong"));
      }
    }
    BigDecimal max = request.maxPoints();
    if (max == null || max.signum() < 0 || max.compareTo(new BigDecimal("1000")) > 0 || Points.clean(max).scale() > 2) {
      errors.add(ApiErrorItem.field("maxPoints", "criteria.maxPointsRange"));
    }
    AnswerType type = request.answerType() == null ? AnswerType.POINTS : request.answerType();
    List<RateBand> bands = type == AnswerType.RATE ? scoringRules(request, max, errors).bands() : List.of();
    BigDecimal perEvent = type == AnswerType.DEDUCTION ? scoringRules(request, max, errors).pointsPerEvent() : null;
    if (request.section() != null && request.parentId() != null) {
      errors.add(ApiErrorItem.field("section", "criteria.sectionOnlyFields"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("criteria.itemInvalid", errors);
    }
    boolean rate = type == AnswerType.RATE;
    return new NodeContent(code, title, Points.clean(max), strip(request.guidance()), strip(request.evidence()),
        type, Boolean.TRUE.equals(request.notApplicableAllowed()), rate ? strip(request.numeratorLabel()) : null,
        rate ? strip(request.denominatorLabel()) : null, bands, perEvent, request.section());
  }

  private record Rules(List<RateBand> bands, BigDecimal pointsPerEvent) {}

  /** Bands of a RATE item (0–100 %, one starting at 0 % inclusive, points within the max) or a DEDUCTION's points per event. */
  private static Rules scoringRules(NodeRequest request, BigDecimal max, List<ApiErrorItem> errors) {
    BigDecimal ceiling = max == null ? Points.MAX : max;
    if (request.answerType() == AnswerType.DEDUCTION) {
      BigDecimal per = request.pointsPerEvent();
      if (per == null || per.signum() <= 0 || per.compareTo(ceiling) > 0 || Points.clean(per).scale() > Points.SCALE) {
        errors.add(ApiErrorItem.field("pointsPerEvent", "criteria.perEventRange", Points.format(ceiling)));
        return new Rules(List.of(), null);
      }
      return new Rules(List.of(), Points.clean(per));
    }
    for (String[] label : new String[][] {{"numeratorLabel", request.numeratorLabel()},
        {"denominatorLabel", request.denominatorLabel()}}) {
      if (label[1] != null && label[1].length() > 500) {
        errors.add(ApiErrorItem.field(label[0], "criteria.labelTooLong"));
      }
    }
    List<RateBand> bands = request.bands() == null ? List.of() : request.bands();
    if (bands.isEmpty()) {
      errors.add(ApiErrorItem.field("bands", "criteria.bandsRequired"));
      return new Rules(List.of(), null);
    }
    List<RateBand> clean = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      RateBand band = bands.get(i);
      if (band == null || band.lowerPercent() == null || band.lowerPercent().signum() < 0
          || band.lowerPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
        errors.add(ApiErrorItem.field("bands[" + i + "].lowerPercent", "criteria.bandLowerRange"));
      } else if (band.points() == null || band.points().signum() < 0 || band.points().compareTo(ceiling) > 0) {
        errors.add(ApiErrorItem.field("bands[" + i + "].points", "criteria.bandPointsRange", Points.format(ceiling)));
      } else {
        RateBand b = new RateBand(Points.clean(band.lowerPercent()), band.inclusive(), Points.clean(band.points()));
        if (clean.stream().anyMatch(o -> o.lowerPercent().compareTo(b.lowerPercent()) == 0 && o.inclusive() == b.inclusive())) {
          errors.add(ApiErrorItem.field("bands[" + i + "].lowerPercent", "criteria.bandLowerRepeated", Points.format(b.lowerPercent())));
        }
        clean.add(b);
      }
    }
    if (errors.stream().noneMatch(e -> e.field() != null && e.field().startsWith("bands"))
        && clean.stream().noneMatch(b -> b.lowerPercent().signum() == 0 && b.inclusive())) {
      errors.add(ApiErrorItem.field("bands", "criteria.bandFromZero"));
    }
    clean.sort(java.util.Comparator.comparing(RateBand::lowerPercent).reversed().thenComparing(RateBand::inclusive));
    return new Rules(clean, null);
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
