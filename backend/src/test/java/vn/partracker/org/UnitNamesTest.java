package vn.partracker.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

  @Test
  void ignoresCaseAccentsSpacingDashesAndDistrictSuffix() {
    assertThat(UnitNames.key("VP HĐND–UBND  huyện")).isEqualTo(UnitNames.key("vp hđnd - ubnd"));
    assertThat(UnitNames.key("Phòng Tư pháp huyện")).isEqualTo(UnitNames.key("PHÒNG TƯ PHÁP"));
    assertThat(UnitNames.key("Phòng Nội vụ")).isNotEqualTo(UnitNames.key("Phòng Tư pháp"));
  }

  @Test
  void aCommunesOfficeMayEndInXaButAGroupKeepsItsLevelWord() {
    assertThat(UnitNames.key("Văn phòng HĐND và UBND xã")).isEqualTo(UnitNames.key("Văn phòng HĐND và UBND"));
    assertThat(UnitNames.key("Trung tâm Phục vụ hành chính công phường.")).isEqualTo("trung tam phuc vu hanh chinh cong");
    assertThat(UnitNames.key("UBND các huyện")).isEqualTo("ubnd cac huyen");
    assertThat(UnitNames.key("UBND các xã")).isEqualTo("ubnd cac xa");
    assertThat(UnitNames.key("UBND 14 xã")).isEqualTo("ubnd 14 xa");
  }

  @Test
  void directoryFindsUnitsByNameShortNameOrAliasAndReportsAmbiguity() {
    UnitView office = new UnitView(1L, "Văn phòng HĐND và UBND", "VP HĐND-UBND",
        List.of("Văn phòng HĐND-UBND"), 10L, "DISTRICT_OFFICE");
    UnitView communeA = new UnitView(2L, "Xã Sơn Tây", "Sơn Tây", List.of(), 10L, "COMMUNE");
    UnitView communeB = new UnitView(3L, "Thị trấn Tây Sơn", "Sơn Tây", List.of(), 10L, "COMMUNE");
    UnitDirectory directory = new UnitDirectory(List.of(office, communeA, communeB));
    assertThat(directory.find("VP HĐND-UBND huyện")).containsExactly(office);
    assertThat(directory.find("văn phòng hđnd - ubnd")).containsExactly(office);
    assertThat(directory.find("Sơn Tây")).containsExactlyInAnyOrder(communeA, communeB);
    assertThat(directory.find("Phòng Y tế")).isEmpty();
  }
}
