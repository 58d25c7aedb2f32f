package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partracker.support.UnitTree;

class UnitPhrasesTest {

  private final UnitTree tree = new UnitTree();

  private UnitView unit(String name, String level, Long parent, String... aliases) {
    return tree.add(name, level, parent, aliases);
  }

  private final UnitView province = unit("UBND tỉnh An Giang", "PROVINCE", null);
  private final UnitView district = unit("UBND huyện Tịnh Biên", "DISTRICT", province.id());
  private final UnitView noiVu = unit("Phòng Nội vụ", "DISTRICT_OFFICE", district.id());
  private final UnitView tuPhap = unit("Phòng Tư pháp", "DISTRICT_OFFICE", district.id());
  private final UnitView vanPhong = unit("Văn phòng HĐND và UBND", "DISTRICT_OFFICE", district.id(), "VP HĐND-UBND");
  private final UnitView vanHoa = unit("Phòng Văn hóa và Thông tin", "DISTRICT_OFFICE", district.id());
  private final UnitView center = unit("Trung tâm Văn hóa - Thông tin và Thể thao", "DISTRICT_OFFICE", district.id());
  private final UnitView xaA = unit("Xã An Phú", "COMMUNE", district.id());
  private final UnitView xaB = unit("Thị trấn Nhà Bàng", "COMMUNE", district.id());
  private final UnitView otherDistrictOffice = unit("Phòng Y tế", "DISTRICT_OFFICE", province.id());

  private UnitPhrases.Resolution resolve(String cell) {
    return new UnitPhrases(tree.all(), district.id()).resolve(cell);
  }

  @Test
  void namesAndAliasesToleratingCaseSpacingDashesAndHuyenSuffix() {
    assertThat(resolve("Phòng Tư pháp huyện; VP HĐND – UBND").unitIds()).containsExactly(tuPhap.id(), vanPhong.id());
    assertThat(resolve("PHÒNG  NỘI VỤ").unitIds()).containsExactly(noiVu.id());
    assertThat(resolve("Phòng Văn hóa và Thông tin").unitIds()).containsExactly(vanHoa.id());
  }

  @Test
  void collectiveNamesBecomeTheGroupUnderTheOwner() {
    List<Long> offices = List.of(noiVu.id(), tuPhap.id(), vanPhong.id(), vanHoa.id());
    List<Long> communes = List.of(xaA.id(), xaB.id());
    assertThat(resolve("UBND 14 xã, thị trấn").unitIds()).containsExactlyElementsOf(communes);
    assertThat(resolve("UBND các xã").unitIds()).containsExactlyElementsOf(communes);
    assertThat(resolve("Các phòng chuyên môn, UBND 14 xã, thị trấn").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(offices, communes));
    assertThat(resolve("Các cơ quan, đơn vị, UBND các xã").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(concat(offices, List.of(center.id())), communes));
    assertThat(resolve("Các đơn vị sự nghiệp trực thuộc UBND huyện").unitIds()).containsExactly(center.id());
    assertThat(resolve("Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện và Ủy ban nhân dân các xã, thị trấn").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(offices, communes));
    assertThat(resolve("Các phòng chuyên môn").unitIds()).doesNotContain(otherDistrictOffice.id());
  }

  @Test
  void aProvincesPlanNamesItsDistrictsAndDepartmentsAsGroups() {
    UnitView so = unit("Sở Nội vụ", "DEPARTMENT", province.id());
    UnitView otherDistrict = unit("UBND thành phố Long Xuyên", "DISTRICT", province.id());
    UnitPhrases phrases = new UnitPhrases(tree.all(), province.id());
    List<Long> districts = List.of(district.id(), otherDistrict.id());
    assertThat(phrases.resolve("UBND các huyện, thị xã, thành phố").unitIds()).containsExactlyElementsOf(districts);
    assertThat(phrases.resolve("UBND các huyện, thành phố.").unitIds()).containsExactlyElementsOf(districts);
    UnitPhrases.Resolution both = phrases.resolve("Sở Nội vụ, các sở, ban, ngành, UBND các huyện, thành phố");
    assertThat(both.resolved()).isTrue();
    assertThat(both.namedFirst()).containsExactly(so.id(), district.id(), otherDistrict.id());
    UnitView ward = unit("Phường Mỹ Bình", "COMMUNE", province.id());
    UnitPhrases withWard = new UnitPhrases(tree.all(), province.id());
    assertThat(withWard.resolve("Các sở, ban, ngành; UBND các xã, phường").unitIds())
        .containsExactly(so.id(), xaA.id(), xaB.id(), ward.id());
    assertThat(withWard.resolve("UBND các phường, xã.").unitIds()).containsExactly(xaA.id(), xaB.id(), ward.id());
    // a district's own name is not a group, nor is "thành phố" after a single district
    assertThat(phrases.resolve("UBND huyện Tịnh Biên, thành phố").unknown()).extracting(UnitPhrases.Unknown::name)
        .containsExactly("thành phố");
  }

  @Test
  void aCommunesPlanNamesItsOwnOfficesAsPhongChuyenMon() {
    UnitView commune = unit("UBND xã Long Phụng", "COMMUNE", district.id());
    UnitView vp = unit("Văn phòng HĐND và UBND", "COMMUNE_OFFICE", commune.id());
    UnitView kt = unit("Phòng Kinh tế", "COMMUNE_OFFICE", commune.id());
    UnitView hcc = unit("Trung tâm Phục vụ hành chính công", "COMMUNE_OFFICE", commune.id());
    UnitPhrases phrases = new UnitPhrases(tree.all(), commune.id());
    assertThat(phrases.resolve("Văn phòng HĐND và UBND xã").unitIds()).containsExactly(vp.id());
    assertThat(phrases.resolve("Các phòng chuyên môn thuộc UBND xã").unitIds()).containsExactly(vp.id(), kt.id());
    assertThat(phrases.resolve("Các cơ quan, đơn vị thuộc UBND xã").unitIds()).containsExactly(vp.id(), kt.id(), hcc.id());
    // the district's offices are not a commune's
    assertThat(resolve("Các phòng chuyên môn").unitIds()).doesNotContain(vp.id(), kt.id());
  }

  @Test
  void vaguePhrasesStayAsNotesAndUnknownNamesGetSuggestions() {
    UnitPhrases.Resolution vague = resolve("Phòng Nội vụ, các đơn vị liên quan; Các cơ quan, đơn vị có liên quan");
    assertThat(vague.unitIds()).containsExactly(noiVu.id());
    assertThat(vague.notes()).containsExactly("các đơn vị liên quan", "Các cơ quan, đơn vị có liên quan");
    assertThat(vague.resolved()).isTrue();

    UnitPhrases.Resolution unknown = resolve("Phòng Tư Phap; Phòng Kinh tế");
    assertThat(unknown.unitIds()).containsExactly(tuPhap.id());
    assertThat(unknown.unknown()).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("Phòng Kinh tế");
      assertThat(u.suggestions()).hasSize(3);
    });
    assertThat(resolve("Phòng Y tế").unknown()).as("outside the owner's subtree").hasSize(1);
  }

  @Test
  void thePhrasesOfIssue15ResolveWithTrailingPunctuationAndDashes() {
    UnitView taiChinh = unit("Phòng Tài chính - Kế hoạch", "DISTRICT_OFFICE", district.id());
    List<Long> offices = List.of(noiVu.id(), tuPhap.id(), vanPhong.id(), vanHoa.id(), taiChinh.id());
    List<Long> communes = List.of(xaA.id(), xaB.id());
    List<Long> everyOffice = concat(offices, List.of(center.id()));
    assertThat(resolve("Các cơ quan, đơn vị, UBND các xã.").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(everyOffice, communes));
    assertThat(resolve("Các Phòng, ban, đơn vị; UBND các xã.").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(everyOffice, communes));
    assertThat(resolve("Phòng Nội vụ, các cơ quan, đơn vị, UBND các xã.").unitIds())
        .containsExactlyInAnyOrderElementsOf(concat(everyOffice, communes));
    UnitPhrases.Resolution mixed = resolve("Phòng Tài chính – Kế hoạch; UBND các xã, các đơn vị liên quan");
    assertThat(mixed.unitIds()).containsExactlyElementsOf(concat(List.of(taiChinh.id()), communes));
    assertThat(mixed.notes()).containsExactly("các đơn vị liên quan");
    assertThat(resolve("Phòng Tài chính — Kế hoạch.").unitIds()).containsExactly(taiChinh.id());
    assertThat(resolve("Phòng Văn hóa và Thông tin; VP HĐND – UBND huyện.").unitIds())
        .containsExactly(vanHoa.id(), vanPhong.id());
    assertThat(resolve("- Phòng Tư pháp;").unitIds()).containsExactly(tuPhap.id());
    assertThat(resolve("Các cơ quan, đơn vị; Phòng Tư pháp").namedFirst()).as("the named unit first")
        .startsWith(tuPhap.id()).containsExactlyInAnyOrderElementsOf(everyOffice);
    assertThat(resolve("UBND các xã").namedUnitIds()).isEmpty();
    assertThat(UnitPhrases.segments("Các cơ quan, đơn vị, UBND các xã."))
        .containsExactly("Các cơ quan, đơn vị", "UBND các xã.");
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    List<Long> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
