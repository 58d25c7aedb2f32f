package vn.partracker.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A4 Word document in Times New Roman: centred bold title, headings, paragraphs, bordered tables. */
final class DocxRenderer {

  private static final String FONT = "Times New Roman";
  private static final int A4_SHORT = 11906;
  private static final int A4_LONG = 16838;
  private static final int MARGIN = 1134;

  private DocxRenderer() {}

  static byte[] render(Report report) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTSectPr section = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = section.addNewPgSz();
      size.setW(BigInteger.valueOf(report.landscape() ? A4_LONG : A4_SHORT));
      size.setH(BigInteger.valueOf(report.landscape() ? A4_SHORT : A4_LONG));
      if (report.landscape()) {
        size.setOrient(STPageOrientation.LANDSCAPE);
      }
      CTPageMar margins = section.addNewPgMar();
      BigInteger margin = BigInteger.valueOf(MARGIN);
      margins.setTop(margin);
      margins.setBottom(margin);
      margins.setLeft(margin);
      margins.setRight(margin);
      int textWidth = (report.landscape() ? A4_LONG : A4_SHORT) - 2 * MARGIN;
      text(doc, report.title(), ParagraphAlignment.CENTER, true, 13);
      for (Block block : report.blocks()) {
        if (block instanceof Heading h) {
          text(doc, h.text(), ParagraphAlignment.LEFT, true, 13);
        } else if (block instanceof Paragraph p) {
          text(doc, p.text(), alignment(p.align()), p.bold(), 12);
        } else if (block instanceof TableBlock t) {
          table(doc, t, textWidth);
          doc.createParagraph();
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(XWPFDocument doc, String text, ParagraphAlignment align, boolean bold, int size) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(align);
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setText(text == null ? "" : text);
  }

  private static void table(XWPFDocument doc, TableBlock block, int textWidth) {
    int columns = block.headers().size();
    XWPFTable table = doc.createTable(block.rows().size() + 1, columns);
    table.setWidth(String.valueOf(textWidth));
    XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
    table.setTopBorder(single, 4, 0, "000000");
    table.setBottomBorder(single, 4, 0, "000000");
    table.setLeftBorder(single, 4, 0, "000000");
    table.setRightBorder(single, 4, 0, "000000");
    table.setInsideHBorder(single, 4, 0, "000000");
    table.setInsideVBorder(single, 4, 0, "000000");
    int total = block.relativeWidths().stream().mapToInt(w -> Math.max(1, w)).sum();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = textWidth * Math.max(1, block.relativeWidths().get(c)) / total;
    }
    fill(table.getRow(0), block.headers(), widths, true);
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < block.rows().size(); r++) {
      fill(table.getRow(r + 1), block.rows().get(r), widths, false);
    }
  }

  private static void fill(XWPFTableRow row, List<?> values, int[] widths, boolean header) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      XWPFTableCell cell = row.getCell(c);
      cell.setWidth(String.valueOf(widths[c]));
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      paragraph.setAlignment(header ? ParagraphAlignment.CENTER
          : value instanceof Number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      XWPFRun run = paragraph.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(10);
      run.setBold(header);
      run.setText(Cells.text(value));
    }
  }

  private static ParagraphAlignment alignment(Align align) {
    return switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
    };
  }
}
