package vn.partracker.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.TableReader;

class CriteriaTableTest {

  private static CriteriaTable.Parsed parse(String csv) throws Exception {
    return CriteriaTable.parse(new TableReader().readCsv(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void mixedDecimalSeparatorsBuildTheTreeAndItsSums() throws Exception {
    CriteriaTable.Parsed parsed = parse("""
        Stt;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Điểm chuẩn;Không áp dụng;Loại trả lời
        1.;CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH;13,5;;
        1.1;Kế hoạch CCHC;9;;
        1.1.1;Ban hành kịp thời;4.5;;Có/Không
        1.1.2;Hoàn thành kế hoạch;4,5;x;
        1.2;Báo cáo;4.5;;
        2;CẢI CÁCH THỂ CHẾ;6.5;;
        """);
    assertThat(parsed.errors()).isEmpty();
    List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
    assertThat(CriteriaTree.total(tree)).isEqualByComparingTo("20");
    CriteriaNodeView field = tree.get(0);
    assertThat(field.code()).isEqualTo("1");
    assertThat(field.childrenSum()).isEqualByComparingTo("13.5");
    assertThat(field.sumMismatch()).isFalse();
    CriteriaNodeView criterion = field.children().get(0);
    assertThat(criterion.children()).extracting(CriteriaNodeView::code).containsExactly("1.1.1", "1.1.2");
    assertThat(criterion.children().get(0).answerType()).isEqualTo(AnswerType.YES_NO);
    assertThat(criterion.children().get(1).notApplicableAllowed()).isTrue();
    assertThat(criterion.children().get(1).maxPoints()).isEqualTo(new BigDecimal("4.5"));
  }

  @Test
  void everyProblemIsReportedWithRowColumnAndReason() throws Exception {
    CriteriaTable.Parsed parsed = parse("""
        Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn
        1,CÔNG TÁC CHỈ ĐẠO,10
        1.1,Kế hoạch,abc
        1.2,Báo cáo,"4,5"
        1.2,Báo cáo lần hai,1
        1.5.3,Mục mồ côi,1
        2,,5
        x.y,Sai mã,1
        """);
    assertThat(parsed.errors()).extracting(e -> e.row() + "|" + e.column()).containsExactlyInAnyOrder(
        "3|Điểm chuẩn", "5|Stt", "6|Stt", "7|Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "8|Stt", "2|Điểm chuẩn");
    assertThat(parsed.errors()).extracting(ApiErrorItem::message).anySatisfy(m ->
        assertThat(m).isEqualTo("Điểm chuẩn \"abc\" không phải là số (ví dụ 13,5 hoặc 4.5)"));
    assertThat(parsed.errors()).extracting(ApiErrorItem::message)
        .contains("Trùng số thứ tự 1.2 (đã có ở dòng 4)", "Không có mục cha 1.5 ở các dòng trên cho mục 1.5.3",
            "Tổng điểm các mục con của 1 là 4,5, khác điểm chuẩn 10");
  }

  @Test
  void missingColumnsAndEmptyTablesAreFileLevelErrors() throws Exception {
    assertThat(parse("Stt,Tên\n1,Một\n").errors()).extracting(ApiErrorItem::column)
        .contains("Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn");
    assertThat(parse("Stt,Tiêu chí,Điểm chuẩn\n\n").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).isEqualTo("Bảng không có dòng tiêu chí nào"));
  }

  @Test
  void csvAndXlsxExportsReadBackToTheSameTree() throws Exception {
    CriteriaTable.Parsed parsed = parse(new String(
        new org.springframework.core.io.ClassPathResource(CriteriaDemoData.RESOURCE).getContentAsByteArray(),
        StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
    List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
    assertThat(CriteriaTree.total(tree)).isEqualByComparingTo("100");
    assertThat(tree).hasSize(10);
    assertThat(tree).extracting(CriteriaNodeView::section).containsOnlyOnce(Section.BONUS, Section.PENALTY);

    TableReader reader = new TableReader();
    List<CriteriaNodeView> fromCsv = CriteriaTree.build(
        CriteriaTable.parse(reader.readCsv(CriteriaTable.toCsv(tree))).items());
    List<CriteriaNodeView> fromXlsx = CriteriaTree.build(CriteriaTable.parse(
        reader.readWorkbook(new java.io.ByteArrayInputStream(CriteriaTable.toXlsx("Bộ tiêu chí", tree)))).items());
    assertThat(fromCsv).isEqualTo(tree);
    assertThat(fromXlsx).isEqualTo(tree);
  }

  @Test
  void aSectionColumnMarksBonusAndPenaltyAndOnlyFieldsMayBeSections() throws Exception {
    CriteriaTable.Parsed parsed = parse("""
        Stt,Tiêu chí,Điểm chuẩn,Phần điểm
        1,LĨNH VỰC A,100,
        1.1,Tiêu chí,100,
        2,Sáng kiến,5,Điểm thưởng
        2.1,Sáng kiến được công nhận,2,
        3,Vi phạm,2,penalty
        3.1,Sai phạm,1,Điểm trừ
        4,Khác,1,Điểm phạt
        TỔNG CỘNG,,100,
        """);
    assertThat(parsed.errors()).extracting(e -> e.row() + ":" + e.column())
        .containsExactlyInAnyOrder("7:Phần điểm", "8:Phần điểm");
    assertThat(parsed.nodes()).filteredOn(n -> n.content().section() != null)
        .extracting(n -> n.content().code() + ":" + n.content().section()).containsExactly("2:BONUS", "3:PENALTY");
  }

  /** OWASP CSV injection: a cell a spreadsheet would run as a formula is written as text, and reads back as typed. */
  @Test
  void csvExportNeutralisesFormulasAndReadsThemBackAsTyped() throws Exception {
    String formula = "=HYPERLINK(\"http://x\",\"click\")";
    String command = "+cmd|' /C calc'!A0";
    List<CriteriaNodeView> tree = CriteriaTree.build(parse("Stt,Tiêu chí,Điểm chuẩn,Tài liệu kiểm chứng\n"
        + "1,LĨNH VỰC A,2,\n1.1,\"" + formula.replace("\"", "\"\"") + "\",1,@SUM(A1)\n1.2,\"" + command + "\",1,-1+1\n").items());
    String csv = new String(CriteriaTable.toCsv(tree), StandardCharsets.UTF_8);
    for (String line : csv.split("\r\n")) {
      for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
        String text = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(text).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
    }
    assertThat(csv).contains("'=HYPERLINK", "'+cmd", "'@SUM(A1)", "'-1+1");
    List<CriteriaNodeView> back = CriteriaTree.build(CriteriaTable.parse(new TableReader().readCsv(
        CriteriaTable.toCsv(tree))).items());
    assertThat(back).isEqualTo(tree);
    assertThat(back.get(0).children().get(0).title()).isEqualTo(formula);
  }

  @Test
  void codesSortNumericallyAndPointsReadBothDecimalSeparators() {
    assertThat(List.of("1.10", "1.2", "2", "1").stream().sorted(Codes.ORDER).toList())
        .containsExactly("1", "1.2", "1.10", "2");
    assertThat(Codes.normalize(" 1.5. ")).isEqualTo("1.5");
    assertThat(Points.parse("13,5")).contains(new BigDecimal("13.5"));
    assertThat(Points.parse("4.50")).contains(new BigDecimal("4.5"));
    assertThat(Points.parse("100")).contains(new BigDecimal("100"));
    assertThat(Points.parse("1.2.3")).isEmpty();
    assertThat(Points.parse("-1")).isEmpty();
    assertThat(Points.format(new BigDecimal("13.50"))).isEqualTo("13,5");
  }

  @Test
  void pointsHaveUpToThreeDecimalsAndNeverExceedAThousand() {
    assertThat(Points.parse("13,567")).contains(new java.math.BigDecimal("13.567"));
    assertThat(Points.parse("3.961")).contains(new java.math.BigDecimal("3.961"));
    assertThat(Points.parse("0,542")).contains(new java.math.BigDecimal("0.542"));
    assertThat(Points.parse("1.000")).as("a single dot is the decimal mark").contains(java.math.BigDecimal.ONE);
    assertThat(Points.parse("13,5678")).isEmpty();
    assertThat(Points.parse("1001")).isEmpty();
    assertThat(Points.format(new java.math.BigDecimal("13.567"))).isEqualTo("13,567");
  }
}
