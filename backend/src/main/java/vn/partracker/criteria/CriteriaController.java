package vn.partracker.criteria;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.criteria.CriteriaRequests.CopyRequest;
import vn.partracker.criteria.CriteriaRequests.NodeRequest;
import vn.partracker.criteria.CriteriaRequests.SetRequest;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Downloads;
import vn.partracker.shared.Role;

/** Criteria sets: every signed-in user reads published sets; ADMIN and COORDINATOR change them. */
@RestController
@RequestMapping("/api/criteria-sets")
class CriteriaController {

  static final String EDITORS = "hasAnyRole('ADMIN','COORDINATOR')";

  record ScoreRequest(List<IndexCalculator.Answer> answers) {}

  record Diff(List<CriteriaService.Change> changes) {}

  private final CriteriaService criteria;
  private final CriteriaImporter importer;

  CriteriaController(CriteriaService criteria, CriteriaImporter importer) {
    this.criteria = criteria;
    this.importer = importer;
  }

  static boolean isEditor() {
    var user = UnitScope.currentUser();
    return user.has(Role.ADMIN) || user.has(Role.COORDINATOR);
  }

  @GetMapping
  List<CriteriaSetView.Summary> list() {
    return criteria.list(isEditor());
  }

  @GetMapping("/{id}")
  CriteriaSetView get(@PathVariable long id) {
    return criteria.get(id, isEditor());
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @ResponseStatus(HttpStatus.CREATED)
  CriteriaSetView create(@RequestBody SetRequest request) {
    return criteria.create(request);
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS)
  CriteriaSetView update(@PathVariable long id, @RequestBody SetRequest request) {
    return criteria.update(id, request);
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    criteria.delete(id);
  }

  @PostMapping("/{id}/publish")
  @PreAuthorize(EDITORS)
  CriteriaSetView publish(@PathVariable long id) {
    return criteria.publish(id);
  }

  @PostMapping("/{id}/copy")
  @PreAuthorize(EDITORS)
  @ResponseStatus(HttpStatus.CREATED)
  CriteriaSetView copy(@PathVariable long id, @RequestBody CopyRequest request) {
    return criteria.copy(id, request);
  }

  @GetMapping("/{id}/diff")
  Diff diff(@PathVariable long id, @RequestParam long against) {
    boolean editor = isEditor();
    criteria.get(id, editor);
    criteria.get(against, editor);
    return new Diff(criteria.diff(id, against));
  }

  @PostMapping("/{id}/nodes")
  @PreAuthorize(EDITORS)
  @ResponseStatus(HttpStatus.CREATED)
  CriteriaSetView addNode(@PathVariable long id, @RequestBody NodeRequest request) {
    return criteria.addNode(id, request);
  }

  @PutMapping("/{id}/nodes/{nodeId}")
  @PreAuthorize(EDITORS)
  CriteriaSetView updateNode(@PathVariable long id, @PathVariable long nodeId, @RequestBody NodeRequest request,
      @org.springframework.web.bind.annotation.RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return criteria.updateNode(id, nodeId, request, IfMatch.version(ifMatch));
  }

  @DeleteMapping("/{id}/nodes/{nodeId}")
  @PreAuthorize(EDITORS)
  CriteriaSetView deleteNode(@PathVariable long id, @PathVariable long nodeId) {
    return criteria.deleteNode(id, nodeId);
  }

  @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  CriteriaImporter.Preview preview(@RequestParam(name = "file", required = false) MultipartFile file) {
    return importer.preview(file);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @ResponseStatus(HttpStatus.CREATED)
  CriteriaSetView importSet(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String level) {
    return importer.importSet(file, new SetRequest(name, year, level, null));
  }

  @GetMapping("/{id}/export")
  ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
    CriteriaSetView set = criteria.get(id, isEditor());
    String base = "bo-tieu-chi-" + set.year() + "-" + set.id();
    return switch (format) {
      case "xlsx" -> Downloads.file(CriteriaTable.toXlsx(set.name(), set.nodes()), base + ".xlsx", Downloads.XLSX);
      case "csv" -> Downloads.file(CriteriaTable.toCsv(set.nodes()), base + ".csv", Downloads.CSV);
      default -> throw ApiException.invalidField("format", "criteria.exportFormat");
    };
  }

  @PostMapping("/{id}/score")
  IndexCalculator.Score score(@PathVariable long id, @RequestBody ScoreRequest request) {
    CriteriaSetView set = criteria.get(id, isEditor());
    List<IndexCalculator.Answer> answers = request == null || request.answers() == null ? List.of() : request.answers();
    if (answers.stream().anyMatch(a -> a == null || a.code() == null)) {
      throw ApiException.invalidField("answers", "criteria.answerCodeRequired");
    }
    Map<String, IndexCalculator.Answer> byCode =
        answers.stream().collect(Collectors.toMap(IndexCalculator.Answer::code, Function.identity(), (a, b) -> b));
    return IndexCalculator.score(set, byCode);
  }

}
