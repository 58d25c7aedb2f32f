package vn.partracker.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.partracker.shared.Table;

/**
 * Reads the unit cells of real plans ("Phòng Tư pháp; Văn phòng HĐND-UBND", "Các phòng chuyên
 * môn, UBND 14 xã, thị trấn", "Các cơ quan, đơn vị có liên quan") within an owner unit's subtree:
 * named units by name, short name or alias; collective names as the matching group of units; vague
 * phrases kept as a note; anything else reported with the closest units, never guessed.
 */
public final class UnitPhrases {

  /**
   * What a cell names: every unit in the cell's order, the units named on their own (not through a
   * collective phrase), notes and unknown names.
   */
  public record Resolution(List<Long> unitIds, List<String> notes, List<Unknown> unknown, List<Long> namedUnitIds) {

    public Resolution(List<Long> unitIds, List<String> notes, List<Unknown> unknown) {
      this(unitIds, notes, unknown, List.of());
    }

    public boolean resolved() {
      return unknown.isEmpty();
    }

    /** The units, those named on their own first ("Phòng Nội vụ, các cơ quan, đơn vị": Phòng Nội vụ first). */
    public List<Long> namedFirst() {
      Set<Long> ordered = new LinkedHashSet<>(namedUnitIds);
      ordered.addAll(unitIds);
      return List.copyOf(ordered);
    }
  }

  /**
   * A name that matched no unit, or several units by name: the candidates (the units it names first
   * when ambiguous, then the most similar), and the closest names for a message.
   */
  public record Unknown(String name, List<UnitView> candidates) {

    public List<String> suggestions() {
      return candidates.stream().limit(3).map(UnitView::name).toList();
    }
  }

  /** How many candidates a question offers (the wizard can search every unit besides). */
  static final int CANDIDATES = 5;

  private record Collective(Pattern pattern, Predicate<UnitView> members) {}

  private static final Pattern VAGUE = Pattern.compile(".*\\b(lien quan|co lien quan|khac)$");
  private static final Pattern CONTINUATION = Pattern.compile("^(thi tran|phuong|ban|nganh|don vi)(\\b.*)?$");
  private static final Pattern CONTINUED = Pattern.compile(".*\\b(xa|phuong|co quan|phong|ban|so)$");
  /** "UBND các huyện, thị xã, thành phố": the other district-level words after a group of districts. */
  private static final Pattern CONTINUATION_DISTRICT = Pattern.compile("^(thi xa|thanh pho|quan)$");
  private static final Pattern CONTINUED_DISTRICT = Pattern.compile(".*\\bcac (huyen|quan)(, (thi xa|thanh pho|quan))*$");

  private final List<UnitView> scope;
  private final UnitDirectory directory;
  private final List<Collective> collectives;

  /** The units of {@code ownerUnitId}'s subtree (the owner included) are the ones a plan can name. */
  public UnitPhrases(List<UnitView> allUnits, long ownerUnitId) {
    Map<Long, List<UnitView>> children = new HashMap<>();
    allUnits.forEach(u -> children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
    List<UnitView> subtree = new ArrayList<>();
    allUnits.stream().filter(u -> u.id() == ownerUnitId).findFirst().ifPresent(owner -> collect(owner, children, subtree));
    this.scope = subtree;
    this.directory = new UnitDirectory(subtree);
    Predicate<UnitView> notOwner = u -> u.id() != ownerUnitId;
    Predicate<UnitView> commune = u -> u.level().equals("COMMUNE");
    // two tiers: a commune's own offices are the "phòng chuyên môn" of the commune's plan
    Predicate<UnitView> office = u -> u.level().equals("DISTRICT_OFFICE") || u.level().equals("DEPARTMENT")
        || (u.level().equals("COMMUNE_OFFICE") && Long.valueOf(ownerUnitId).equals(u.parentId()));
    Predicate<UnitView> publicService = office.and(u -> UnitNames.key(u.name()).matches("^(trung tam|ban quan ly|truong|benh vien)\\b.*"));
    this.collectives = List.of(
        new Collective(Pattern.compile("^(ubnd|uy ban nhan dan)?\\s*(cac|\\d+)\\s*(xa|phuong)\\b.*"), commune),
        // a province's plan: "UBND các huyện, thị xã, thành phố" are its districts
        new Collective(Pattern.compile("^(ubnd|uy ban nhan dan)?\\s*(cac|\\d+)\\s*(huyen|quan)\\b.*"),
            u -> u.level().equals("DISTRICT")),
        new Collective(Pattern.compile("^cac (phong|co quan) chuyen mon\\b.*"), office.and(publicService.negate())),
        // "các phòng, ban, đơn vị": the offices and the public-service units ("đơn vị")
        new Collective(Pattern.compile("^cac (phong, ban, don vi|phong ban don vi|phong, ban, nganh, don vi)\\b.*"), office),
        new Collective(Pattern.compile("^cac (phong, ban, nganh|phong ban nganh|phong, ban|phong ban)\\b.*"),
            office.and(publicService.negate())),
        new Collective(Pattern.compile("^cac don vi su nghiep\\b.*"), publicService),
        // two tiers: the province's departments ("các sở, ban, ngành", "các sở, ngành")
        new Collective(Pattern.compile("^cac (so, ban, nganh|so ban nganh|so, nganh|so nganh|so)\\b.*"),
            u -> u.level().equals("DEPARTMENT")),
        new Collective(Pattern.compile("^cac co quan, don vi( (thuoc|truc thuoc)\\b.*)?$"), office),
        new Collective(Pattern.compile("^cac co quan, don vi, (ubnd|uy ban nhan dan) cac xa\\b.*"), office.or(commune)));
    this.members = notOwner;
  }

  /** Collective names never include the owner itself. */
  private final Predicate<UnitView> members;

  public Resolution resolve(String cell) {
    return resolve(cell, phrase -> false);
  }

  /**
   * As {@link #resolve(String)}, where an unknown name that {@code asNote} accepts (a person chose to
   * keep it as a note) is a note instead.
   */
  public Resolution resolve(String cell, Predicate<String> asNote) {
    Set<Long> ids = new LinkedHashSet<>();
    Set<Long> named = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    List<Unknown> unknown = new ArrayList<>();
    for (String segment : segments(cell == null ? "" : cell)) {
      String key = UnitNames.key(segment);
      if (key.isEmpty()) {
        continue;
      }
      if (VAGUE.matcher(key).matches()) {
        notes.add(segment);
        continue;
      }
      // "A và B" names two units or groups, unless "và" is part of a name ("Phòng Văn hóa và Thông tin")
      List<Long> found = key.contains(" va ") ? both(segment) : null;
      if (found == null) {
        found = names(segment);
      }
      if (found == null && asNote.test(segment)) {
        notes.add(segment);
      } else if (found == null) {
        unknown.add(new Unknown(segment, candidates(segment)));
      } else {
        ids.addAll(found);
        if (!isCollective(segment)) {
          named.addAll(found);
        }
      }
    }
    return new Resolution(List.copyOf(ids), notes, unknown, List.copyOf(named));
  }

  private List<Long> both(String segment) {
    List<Long> found = new ArrayList<>();
    for (String part : segment.split("\\s+(và|Và|VÀ)\\s+")) {
      List<Long> partIds = names(part);
      if (partIds == null) {
        return null;
      }
      found.addAll(partIds);
    }
    return found;
  }

  private boolean isCollective(String phrase) {
    String key = UnitNames.key(phrase);
    return collectives.stream().anyMatch(c -> c.pattern().matcher(key).matches());
  }

  /** A single name or collective phrase, or null when it names nothing. */
  private List<Long> names(String phrase) {
    String key = UnitNames.key(phrase);
    for (Collective collective : collectives) {
      if (collective.pattern().matcher(key).matches()) {
        return scope.stream().filter(members.and(collective.members())).map(UnitView::id).toList();
      }
    }
    // a name or short name of one unit; else the units a person gave this name to (an answer saved as
    // an alias names that unit, or those units together); else nothing, or several: a question
    List<UnitView> byName = directory.findByName(phrase);
    if (byName.size() == 1) {
      return List.of(byName.get(0).id());
    }
    List<UnitView> byAlias = directory.findByAlias(phrase);
    return byAlias.isEmpty() ? null : byAlias.stream().map(UnitView::id).toList();
  }

  /** Splits on ";" and ",", keeping "xã, thị trấn" and "cơ quan, đơn vị" together. */
  static List<String> segments(String cell) {
    List<String> result = new ArrayList<>();
    for (String piece : cell.split("[;,\\n]")) {
      String trimmed = piece.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String previous = result.isEmpty() ? "" : UnitNames.key(result.get(result.size() - 1));
      String key = Table.key(trimmed).replaceAll("[.;:!]+$", "");
      if (!result.isEmpty() && ((CONTINUATION.matcher(UnitNames.key(trimmed)).matches() && CONTINUED.matcher(previous).matches())
          || (CONTINUATION_DISTRICT.matcher(key).matches() && CONTINUED_DISTRICT.matcher(previous).matches()))) {
        result.set(result.size() - 1, result.get(result.size() - 1) + ", " + trimmed);
      } else {
        result.add(trimmed);
      }
    }
    return result;
  }

  /**
   * The units a name could mean: those it names when several carry it, then the units of the scope by
   * similarity (shared words, accents and case aside, then edit distance).
   */
  private List<UnitView> candidates(String phrase) {
    String key = UnitNames.key(phrase);
    Set<UnitView> ranked = new LinkedHashSet<>(directory.findByName(phrase));
    scope.stream()
        .sorted(Comparator.comparingDouble((UnitView u) -> -score(key, u)).thenComparing(UnitView::id))
        .limit(CANDIDATES)
        .forEach(ranked::add);
    return ranked.stream().limit(Math.max(CANDIDATES, directory.findByName(phrase).size())).toList();
  }

  /** The best of a unit's names: word overlap first, edit similarity to break ties. */
  private static double score(String key, UnitView unit) {
    List<String> names = new ArrayList<>(unit.aliases());
    names.add(unit.name());
    if (unit.shortName() != null) {
      names.add(unit.shortName());
    }
    return names.stream().mapToDouble(n -> {
      String other = UnitNames.key(n);
      return overlap(key, other) + similarity(key, other) / 10;
    }).max().orElse(0);
  }

  /** Shared words over all words of both (Jaccard), "-" and connecting words aside. */
  static double overlap(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> union = new LinkedHashSet<>(left);
    union.addAll(right);
    long shared = left.stream().filter(right::contains).count();
    return (double) shared / union.size();
  }

  private static Set<String> words(String key) {
    Set<String> words = new LinkedHashSet<>(List.of(key.split("[\\s,;/()-]+")));
    words.removeAll(Set.of("", "va", "cac", "-"));
    return words;
  }

  /** 1 − normalised edit distance. */
  static double similarity(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 1 : 1 - (double) previous[b.length()] / longest;
  }

  private static void collect(UnitView unit, Map<Long, List<UnitView>> children, List<UnitView> into) {
    into.add(unit);
    children.getOrDefault(unit.id(), List.of()).forEach(child -> collect(child, children, into));
  }
}
