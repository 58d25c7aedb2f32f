package vn.partracker.improvement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.partracker.criteria.Points;

/**
 * A plan as the official appendix table of DOMAIN.md and seed 001, with Vietnamese headers:
 * xlsx (numbers as numbers) and docx (landscape, for signing and filing).
 */
final class PlanExport {

  private PlanExport() {}

  static List<String> headers(PlanView plan) {
    return List.of("Stt", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn", "Điểm " + (plan.year() - 1) + " đạt được",
        "Mục tiêu năm " + plan.year(), "Nhiệm vụ/Giải pháp", "Đơn vị chủ trì", "Cơ quan phối hợp", "Kết quả", "Yêu cầu",
        "Thời gian hoàn thành");
  }

  static List<String> cells(PlanView.Item item) {
    List<String> supporting = new ArrayList<>(item.supportingUnits());
    if (item.unitNote() != null) {
      supporting.add(item.unitNote());
    }
    return java.util.Arrays.asList(blank(item.code()), item.title(), points(item.max()), points(item.achieved()),
        points(item.target()), blank(item.tasks()), blank(item.leadUnit()), String.join("; ", supporting),
        blank(item.expectedOutput()), blank(item.requirement()), blank(item.deadline().text()));
  }

  static byte[] xlsx(PlanView plan) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName("Phụ lục kế hoạch"));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      bold.setWrapText(true);
      bold.setBorderBottom(BorderStyle.THIN);
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(plan.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
      title.getCell(0).setCellStyle(bold);
      List<String> headers = headers(plan);
      Row header = sheet.createRow(2);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
        header.getCell(c).setCellStyle(bold);
      }
      int r = 3;
      for (PlanView.Item item : plan.items()) {
        Row row = sheet.createRow(r++);
        List<String> cells = cells(item);
        for (int c = 0; c < cells.size(); c++) {
          BigDecimal number = c == 2 ? item.max() : c == 3 ? item.achieved() : c == 4 ? item.target() : null;
          if (number != null) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(cells.get(c));
          }
          row.getCell(c).setCellStyle(item.leadUnitId() == null ? bold : wrap);
        }
      }
      int[] widths = {8, 50, 10, 12, 12, 40, 24, 36, 24, 30, 24};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] docx(PlanView plan) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTPageSz size = doc.getDocument().getBody().addNewSectPr().addNewPgSz();
      size.setOrient(STPageOrientation.LANDSCAPE);
      size.setW(java.math.BigInteger.valueOf(16838));
      size.setH(java.math.BigInteger.valueOf(11906));
      XWPFParagraph heading = doc.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = heading.createRun();
      run.setBold(true);
      run.setFontFamily("Times New Roman");
      run.setFontSize(13);
      run.setText("PHỤ LỤC: " + plan.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
      if (plan.baseline() != null) {
        XWPFParagraph base = doc.createParagraph();
        base.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun b = base.createRun();
        b.setFontFamily("Times New Roman");
        b.setItalic(true);
        b.setText("Kết quả năm " + (plan.year() - 1) + ": " + Points.format(plan.baseline().totalAchieved()) + "/"
            + Points.format(plan.baseline().totalMax()) + " điểm, chỉ số " + Points.format(plan.baseline().index()));
      }
      List<String> headers = headers(plan);
      XWPFTable table = doc.createTable(plan.items().size() + 1, headers.size());
      table.setWidth("100%");
      fill(table.getRow(0), headers, true);
      for (int i = 0; i < plan.items().size(); i++) {
        PlanView.Item item = plan.items().get(i);
        fill(table.getRow(i + 1), cells(item), item.leadUnitId() == null);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
      XWPFRun r = p.createRun();
      r.setFontFamily("Times New Roman");
      r.setFontSize(10);
      r.setBold(bold);
      r.setText(cells.get(c) == null ? "" : cells.get(c));
    }
  }

  private static String points(BigDecimal value) {
    return value == null ? "" : Points.format(value);
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
