package vn.partracker.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet per table: the title in the first row, the headings and paragraphs before the table
 * one per row, then the bold wrapped header row and the rows; numbers and dates as real cells.
 */
final class XlsxRenderer {

  private XlsxRenderer() {}

  static byte[] render(Report report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Set<String> names = new HashSet<>();
      List<Block> texts = new ArrayList<>();
      String heading = null;
      Sheet sheet = null;
      int r = 0;
      int tables = 0;
      for (Block block : report.blocks()) {
        if (block instanceof TableBlock table) {
          tables++;
          String name = heading != null ? heading : tables == 1 ? report.title() : "Bảng " + tables;
          sheet = workbook.createSheet(uniqueName(name, names));
          r = title(sheet, report, styles);
          r = texts(sheet, r, texts, styles);
          texts.clear();
          heading = null;
          r = table(sheet, r, table, styles);
        } else {
          if (block instanceof Heading h) {
            heading = h.text();
          }
          texts.add(block);
        }
      }
      if (sheet == null) {
        sheet = workbook.createSheet(uniqueName(report.title(), names));
        r = title(sheet, report, styles);
        texts(sheet, r, texts, styles);
      } else if (!texts.isEmpty()) {
        texts(sheet, r + 1, texts, styles);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int title(Sheet sheet, Report report, Styles styles) {
    Cell cell = sheet.createRow(0).createCell(0);
    cell.setCellValue(report.title());
    cell.setCellStyle(styles.title);
    return 1;
  }

  private static int texts(Sheet sheet, int r, List<Block> texts, Styles styles) {
    for (Block block : texts) {
      Cell cell = sheet.createRow(r++).createCell(0);
      if (block instanceof Heading h) {
        cell.setCellValue(h.text());
        cell.setCellStyle(styles.title);
      } else if (block instanceof Paragraph p) {
        cell.setCellValue(p.text());
        if (p.bold()) {
          cell.setCellStyle(styles.title);
        }
      }
    }
    return r;
  }

  private static int table(Sheet sheet, int r, TableBlock table, Styles styles) {
    var header = sheet.createRow(r++);
    for (int c = 0; c < table.headers().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(table.headers().get(c));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, Math.min(255, Math.max(4, table.relativeWidths().get(c))) * 256);
    }
    for (List<Object> values : table.rows()) {
      var row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        Cell cell = row.createCell(c);
        Object value = values.get(c);
        if (value instanceof Number number) {
          cell.setCellValue(Cells.decimal(number).doubleValue());
          cell.setCellStyle(styles.number);
        } else if (value instanceof LocalDate date) {
          cell.setCellValue(date);
          cell.setCellStyle(styles.date);
        } else {
          cell.setCellValue(Cells.text(value));
          cell.setCellStyle(styles.text);
        }
      }
    }
    return r;
  }

  private static String uniqueName(String wanted, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Bảng" : wanted.strip());
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase()); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle date;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      title = workbook.createCellStyle();
      title.setFont(bold);
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      text = bordered(workbook);
      number = bordered(workbook);
      number.setDataFormat(workbook.createDataFormat().getFormat("General"));
      date = bordered(workbook);
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
