package vn.partracker.shared.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CsvCells;
import vn.partracker.shared.Downloads;
import vn.partracker.shared.TimeConfig;
import vn.partracker.shared.export.ExportFormat;
import vn.partracker.shared.export.Heading;
import vn.partracker.shared.export.Paragraph;
import vn.partracker.shared.export.Report;
import vn.partracker.shared.export.Reports;
import vn.partracker.shared.export.TableBlock;

/**
 * The audit trail for an inspection: every revision Hibernate Envers kept in a date range (who,
 * when, from which address), one row per changed record of every audited entity with its values
 * after the change, as CSV (cells neutralised against formula injection) or xlsx. ADMIN only.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditExportController {

  static final int MAX_ROWS = 50_000;
  static final int MAX_DAYS = 366;
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final List<String> HEADERS =
      List.of("Phiên bản", "Thời điểm", "Người thực hiện", "Địa chỉ", "Loại dữ liệu", "Mã", "Thay đổi", "Giá trị sau thay đổi");
  private static final Map<RevisionType, String> CHANGES =
      Map.of(RevisionType.ADD, "Thêm", RevisionType.MOD, "Sửa", RevisionType.DEL, "Xóa");

  private final EntityManager entityManager;

  AuditExportController(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @GetMapping("/api/admin/audit/export")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> export(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "csv") String format) {
    String kind = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("csv") && !kind.equals("xlsx")) {
      throw ApiException.invalidField("format", "shared.exportFormatCsvXlsx");
    }
    if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
      throw ApiException.invalidField("to", "shared.auditRangeDays", MAX_DAYS);
    }
    List<List<Object>> rows = rows(from, to);
    String name = "nhat-ky-thay-doi-" + from + "-" + to;
    if (kind.equals("xlsx")) {
      Report report = new Report(name, "NHẬT KÝ THAY ĐỔI", true, List.of(
          new Heading("NHẬT KÝ THAY ĐỔI DỮ LIỆU"),
          Paragraph.of("Từ ngày " + from.format(TimeConfig.DATE) + " đến ngày " + to.format(TimeConfig.DATE)
              + ": " + rows.size() + " thay đổi"),
          new TableBlock(HEADERS, rows, List.of(10, 20, 16, 16, 16, 10, 10, 80))));
      return Reports.download(report, ExportFormat.XLSX);
    }
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, new ArrayList<>(HEADERS));
    rows.forEach(row -> line(csv, row));
    return Downloads.file(csv.toString().getBytes(StandardCharsets.UTF_8), name + ".csv", Downloads.CSV);
  }

  private List<List<Object>> rows(LocalDate from, LocalDate to) {
    long start = from.atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli();
    long end = to.plusDays(1).atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli();
    AuditReader reader = AuditReaderFactory.get(entityManager);
    List<Object[]> found = new ArrayList<>();
    for (EntityType<?> type : entityManager.getMetamodel().getEntities()) {
      Class<?> javaType = type.getJavaType();
      if (javaType == null || javaType == AuditRevision.class || !reader.isEntityClassAudited(javaType)) {
        continue;
      }
      List<?> revisions = reader.createQuery().forRevisionsOfEntity(javaType, false, true)
          .add(AuditEntity.revisionProperty("revisedAt").ge(start))
          .add(AuditEntity.revisionProperty("revisedAt").lt(end))
          .setMaxResults(MAX_ROWS + 1)
          .getResultList();
      revisions.forEach(r -> found.add((Object[]) r));
      if (found.size() > MAX_ROWS) {
        throw ApiException.invalidField("from", "shared.auditTooManyRows", MAX_ROWS);
      }
    }
    found.sort(Comparator.comparingLong((Object[] r) -> ((AuditRevision) r[1]).getId()));
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] r : found) {
      AuditRevision revision = (AuditRevision) r[1];
      Object entity = r[0];
      Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
      List<Object> row = new ArrayList<>();
      row.add(revision.getId());
      row.add(AT.format(revision.at().atZone(TimeConfig.ZONE)));
      row.add(revision.getUsername());
      row.add(revision.getClientAddress());
      row.add(entity.getClass().getSimpleName());
      row.add(id == null ? null : id.toString());
      row.add(CHANGES.get((RevisionType) r[2]));
      row.add(r[2] == RevisionType.DEL ? null : values(entity));
      rows.add(row);
    }
    return rows;
  }

  /** The record's own fields as "name=value; ..." (lists of other records left out). */
  private static String values(Object entity) {
    StringJoiner joined = new StringJoiner("; ");
    for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Collection.class.isAssignableFrom(field.getType())
            || Map.class.isAssignableFrom(field.getType()) || field.getName().startsWith("$$")) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(entity);
          if (value != null) {
            joined.add(field.getName() + "=" + value);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a field the JVM does not open: left out
        }
      }
    }
    return joined.toString();
  }

  private static void line(StringBuilder csv, List<Object> cells) {
    StringJoiner line = new StringJoiner(",");
    for (Object cell : cells) {
      String text = cell == null ? "" : CsvCells.neutralise(cell.toString());
      line.add("\"" + text.replace("\"", "\"\"") + "\"");
    }
    csv.append(line).append("\r\n");
  }
}
