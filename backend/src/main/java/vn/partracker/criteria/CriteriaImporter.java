package vn.partracker.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.shared.ApiErrorItem;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Message;
import vn.partracker.shared.TableReader;

/** Reads an official criteria table: a preview that never saves, and an import that saves all or nothing. */
@Service
public class CriteriaImporter {

  /** {@code warnings}: rows whose guidance mentions a rate or deduction in words not read for sure (they import as "Điểm"). */
  public record Preview(int rows, BigDecimal totalMaxPoints, List<CriteriaNodeView> nodes, List<ApiErrorItem> errors,
      List<ApiErrorItem> warnings) {}

  private final TableReader reader;
  private final CriteriaService criteria;

  CriteriaImporter(TableReader reader, CriteriaService criteria) {
    this.reader = reader;
    this.criteria = criteria;
  }

  public Preview preview(MultipartFile file) {
    CriteriaTable.Parsed parsed = CriteriaTable.parse(reader.read(file, TableReader.MAX_ROWS_CRITERIA));
    List<CriteriaNodeView> tree = CriteriaTree.build(parsed.items());
    return new Preview(parsed.nodes().size(), CriteriaTree.total(tree), tree, parsed.errors(), parsed.warnings());
  }

  @Transactional
  public CriteriaSetView importSet(MultipartFile file, CriteriaRequests.SetRequest request) {
    CriteriaTable.Parsed parsed = CriteriaTable.parse(reader.read(file, TableReader.MAX_ROWS_CRITERIA));
    if (!parsed.errors().isEmpty()) {
      throw ApiException.invalid(Message.of("shared.tableErrors", parsed.errors().size()), parsed.errors());
    }
    return criteria.createWithNodes(request, parsed.nodes().stream().map(CriteriaTable.ParsedNode::content).toList());
  }
}
