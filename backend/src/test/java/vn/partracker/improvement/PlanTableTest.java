package vn.partracker.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.partracker.org.UnitPhrases;
import vn.partracker.org.UnitView;
import vn.partracker.shared.TableReader;
import vn.partracker.support.UnitTree;

class PlanTableTest {

  private final UnitTree tree = new UnitTree();

  private UnitView unit(String name, String level, Long parent, String... aliases) {
    return tree.add(name, level, parent, aliases);
  }

  private final UnitView district = unit("UBND huyện Tịnh Biên", "DISTRICT", null);
  private final UnitView noiVu = unit("Phòng Nội vụ", "DISTRICT_OFFICE", district.id());
  private final UnitView tuPhap = unit("Phòng Tư pháp", "DISTRICT_OFFICE", district.id());
  private final UnitView vanHoa = unit("Phòng Văn hóa và Thông tin", "DISTRICT_OFFICE", district.id());
  private final UnitView vanPhong = unit("Văn phòng HĐND và UBND", "DISTRICT_OFFICE", district.id(), "VP HĐND-UBND");
  private final UnitView center = unit("Trung tâm Văn hóa - Thông tin và Thể thao", "DISTRICT_OFFICE", district.id());
  private final UnitView xa1 = unit("Xã An Phú", "COMMUNE", district.id());
  private final UnitView xa2 = unit("Thị trấn Nhà Bàng", "COMMUNE", district.id());

  private PlanTable.Parsed parse(byte[] csv) throws Exception {
    return PlanTable.parse(new TableReader().readCsv(csv), new UnitPhrases(tree.all(), district.id()));
  }

  @Test
  void seed001TaskTableImportsWithEveryDeadlineParsedAsItsKind() throws Exception {
    PlanTable.Parsed parsed = parse(new ClassPathResource("seeds/ke-hoach-419-tinh-bien-2017.csv").getContentAsByteArray());
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).hasSize(14);
    Map<String, String> kinds = parsed.rows().stream().collect(Collectors.toMap(
        r -> r.row() + ":" + r.content().code(),
        r -> DeadlineParser.parse(r.content().deadlineText(), 2017).kind().name()));
    assertThat(kinds).containsEntry("3:1.1.1", "PERIOD").containsEntry("4:1.2.2", "RECURRING")
        .containsEntry("5:1.3.1", "DATE").containsEntry("14:2.3.1", "DATE").containsEntry("16:3.2.1", "ONGOING")
        .containsEntry("18:5.1", "ONGOING").containsEntry("20:7.1.1", "ONGOING").containsEntry("21:7.1.5", "NONE");
    assertThat(kinds.values()).doesNotContain("UNPARSED");

    PlanTable.Row first = parsed.rows().get(0);
    assertThat(first.content().principalLeadId()).isEqualTo(noiVu.id());
    assertThat(first.content().title()).startsWith("Kế hoạch cải cách hành chính (CCHC) năm");
    assertThat(first.content().supportingUnitIds()).containsExactlyInAnyOrder(
        tuPhap.id(), vanHoa.id(), vanPhong.id(), xa1.id(), xa2.id());
    PlanTable.Row sangKien = parsed.rows().get(3);
    assertThat(sangKien.content().supportingUnitIds()).contains(center.id());
    assertThat(parsed.rows()).filteredOn(r -> "2.1.1".equals(r.content().code())).singleElement()
        .satisfies(r -> assertThat(r.content().principalLeadId()).isEqualTo(tuPhap.id()));
    assertThat(parsed.rows().get(4).content().principalLeadId()).isEqualTo(vanHoa.id());
    assertThat(parsed.rows().get(4).content().requirement()).isEqualTo("Quý II năm 2017");
  }

  @Test
  void theAppendixLayoutCarriesTheBaselineAndReportsUnknownUnitsWithSuggestions() throws Exception {
    String csv = """
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn,Điểm 2016 đạt được,Mục tiêu năm 2017,Nhiệm vụ/Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp,Thời gian hoàn thành
        1,CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH,"13,5",10,,,,,
        1.1,Kế hoạch CCHC,4.5,2,"4,5",Ban hành kế hoạch đúng hạn,Phòng Nội vụ huyện,"Các phòng chuyên môn, các đơn vị liên quan",Trước ngày 31/12/2017
        2,CẢI CÁCH THỂ CHẾ,86.5,70,,,,,
        2.1,Rà soát văn bản,5,5,5,Rà soát định kỳ,Phòng Tư Phap,UBND các xã,Thường xuyên
        """;
    PlanTable.Parsed parsed = parse(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.baseline()).extracting(PlanTable.BaselineRow::code).containsExactly("1", "2");
    PlanView.Baseline baseline = PlanViews.baseline(parsed.baseline().stream()
        .map(b -> new PlanView.Field(b.code(), b.title(), b.max(), b.achieved())).toList());
    assertThat(baseline.totalMax()).isEqualByComparingTo("100");
    assertThat(baseline.totalAchieved()).isEqualByComparingTo("80");
    assertThat(baseline.index()).isEqualByComparingTo("80");
    assertThat(baseline.classification()).isEqualTo("GOOD");
    ItemContent item = parsed.rows().get(1).content();
    assertThat(item.targetPoints()).isEqualByComparingTo("4.5");
    assertThat(item.unitNote()).isEqualTo("các đơn vị liên quan");
    assertThat(item.supportingUnitIds()).doesNotContain(noiVu.id()).contains(tuPhap.id());

    String broken = csv.replace("Phòng Tư Phap", "Phòng Kinh tế").replace("\"4,5\",Ban", "9,Ban");
    PlanTable.Parsed bad = parse(broken.getBytes(StandardCharsets.UTF_8));
    assertThat(bad.errors()).extracting(e -> e.row() + "|" + e.column())
        .containsExactlyInAnyOrder("3|Mục tiêu năm 2017", "5|Đơn vị chủ trì");
    assertThat(bad.unknownUnits()).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("Phòng Kinh tế");
      assertThat(u.suggestions()).hasSize(3);
    });
  }

  @Test
  void jointAndCollectiveLeadsGiveEveryUnitTheItemNamedUnitsFirstAndKeepThePublishedPhrase() throws Exception {
    String csv = """
        Stt,Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần,Điểm chuẩn,Điểm 2023 đạt được,Mục tiêu năm 2024,Nhiệm vụ/ Giải pháp,Đơn vị chủ trì,Cơ quan phối hợp
        1.1,Tuyên truyền CCHC,2,1,2,Tuyên truyền,Phòng Văn hóa và Thông tin; VP HĐND-UBND,Phòng Nội vụ
        1.2,Kiểm soát TTHC,2,1,2,Niêm yết,UBND các xã,"Phòng Nội vụ, Văn phòng HĐND và UBND"
        1.3,Kiểm tra CCHC,2,1,2,Tự kiểm tra,"Phòng Nội vụ, các cơ quan, đơn vị, UBND các xã.",
        1.4,Báo cáo,2,1,2,Báo cáo,"Các cơ quan, đơn vị; Phòng Tư pháp",
        """;
    PlanTable.Parsed parsed = parse(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
    ItemContent joint = parsed.rows().get(0).content();
    assertThat(joint.leadUnitIds()).containsExactly(vanHoa.id(), vanPhong.id());
    assertThat(joint.leadText()).isEqualTo("Phòng Văn hóa và Thông tin; VP HĐND-UBND");
    assertThat(joint.supportingUnitIds()).containsExactly(noiVu.id());
    ItemContent communes = parsed.rows().get(1).content();
    assertThat(communes.leadUnitIds()).containsExactly(xa1.id(), xa2.id());
    assertThat(communes.leadText()).isEqualTo("UBND các xã");
    assertThat(communes.supportingUnitIds()).containsExactly(noiVu.id(), vanPhong.id());
    ItemContent everyone = parsed.rows().get(2).content();
    assertThat(everyone.principalLeadId()).as("the named office leads the whole").isEqualTo(noiVu.id());
    assertThat(everyone.leadUnitIds()).containsExactlyInAnyOrder(noiVu.id(), tuPhap.id(), vanHoa.id(), vanPhong.id(),
        center.id(), xa1.id(), xa2.id());
    assertThat(everyone.leadText()).isEqualTo("Phòng Nội vụ, các cơ quan, đơn vị, UBND các xã.");
    assertThat(parsed.rows().get(3).content().principalLeadId()).as("named before the group, wherever written")
        .isEqualTo(tuPhap.id());

    PlanTable.Parsed vague = parse(csv.replace("UBND các xã,\"Phòng", "Các đơn vị liên quan,\"Phòng")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(vague.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("Đơn vị chủ trì");
      assertThat(e.message()).contains("không chỉ ra đơn vị nào");
    });
  }

  @Test
  void publishedHeadersSectionsThreeDecimalsAndATotalRowChecked() throws Exception {
    String header = "Stt,Lĩnh vực/ Tiêu chí/ Tiêu chí thành phần,Điểm chuẩn,Điểm 2023 đạt được,Mục tiêu năm 2024,"
        + "Nhiệm vụ/ Giải pháp/ Nội dung thực hiện,Đơn vị chủ trì\n";
    String body = "I,CHỈ SỐ THÀNH PHẦN,,,,,\n1.,Chỉ đạo điều hành,\"13,567\",\"6,931\",\"13,567\",,\n"
        + "1.1.,Kế hoạch,\"13,567\",\"6,931\",\"13,567\",Ban hành kế hoạch,Phòng Nội vụ.\n"
        + "2.,Thể chế,\"4,433\",3.961,\"4,433\",,\n";
    PlanTable.Parsed ok = parse((header + body + ",TỔNG ĐIỂM,18,\"10,892\",18,,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.rows()).extracting(r -> r.content().code()).containsExactly("1", "1.1", "2");
    assertThat(ok.rows().get(1).content().principalLeadId()).isEqualTo(noiVu.id());
    assertThat(ok.baseline()).extracting(PlanTable.BaselineRow::achieved)
        .containsExactly(new java.math.BigDecimal("6.931"), new java.math.BigDecimal("3.961"));

    PlanTable.Parsed wrong = parse((header + body + ",Tổng cộng,18,\"10,9\",18,,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(wrong.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(6);
      assertThat(e.column()).isEqualTo("Điểm 2023 đạt được");
      assertThat(e.message()).contains("10,9").contains("10,892");
    });
  }
}
