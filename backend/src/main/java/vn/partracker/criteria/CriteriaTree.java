package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Builds the tree of a set from its nodes' codes; used for stored sets and import previews alike. */
final class CriteriaTree {

  /** A node with its id and version (both null in an import preview). */
  record Item(Long id, NodeContent content, Long version) {

    Item(Long id, NodeContent content) {
      this(id, content, null);
    }
  }

  private CriteriaTree() {}

  /** The top-level nodes (fields), each with its descendants; items whose parent is missing are left out. */
  static List<CriteriaNodeView> build(List<Item> items) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort((a, b) -> Codes.ORDER.compare(a.content().code(), b.content().code()));
    Map<String, List<Item>> children = new LinkedHashMap<>();
    List<Item> roots = new ArrayList<>();
    for (Item item : sorted) {
      String parent = Codes.parent(item.content().code());
      if (parent == null) {
        roots.add(item);
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(item);
      }
    }
    return roots.stream().map(r -> view(r, children)).toList();
  }

  private static CriteriaNodeView view(Item item, Map<String, List<Item>> children) {
    NodeContent c = item.content();
    List<CriteriaNodeView> kids = children.getOrDefault(c.code(), List.of()).stream()
        .map(k -> view(k, children)).toList();
    BigDecimal sum = kids.isEmpty() ? null
        : Points.clean(kids.stream().map(CriteriaNodeView::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
    return new CriteriaNodeView(item.id(), c.code(), c.title(), Points.clean(c.maxPoints()), c.guidance(),
        c.evidence(), c.answerType(), c.notApplicableAllowed(), c.numeratorLabel(), c.denominatorLabel(), c.bands(),
        c.pointsPerEvent(), c.section(), Codes.depth(c.code()), sum,
        sum != null && c.section() == null && sum.compareTo(c.maxPoints()) != 0, kids, item.version());
  }

  /** The scored total (bonus and penalty sections are outside it). */
  static BigDecimal total(List<CriteriaNodeView> roots) {
    return Points.clean(roots.stream().filter(CriteriaNodeView::scored).map(CriteriaNodeView::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The cap of a section: its field's max, 0 when the set has none. */
  static BigDecimal cap(List<CriteriaNodeView> roots, Section section) {
    return Points.clean(roots.stream().filter(r -> r.section() == section).map(CriteriaNodeView::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  static void walk(List<CriteriaNodeView> nodes, Consumer<CriteriaNodeView> visitor) {
    for (CriteriaNodeView node : nodes) {
      visitor.accept(node);
      walk(node.children(), visitor);
    }
  }

  static List<CriteriaNodeView> flatten(List<CriteriaNodeView> roots) {
    List<CriteriaNodeView> all = new ArrayList<>();
    walk(roots, all::add);
    return all;
  }
}
