package vn.partracker.improvement;

import java.util.List;
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
import vn.partracker.org.UnitScope;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.export.ExportFormat;
import vn.partracker.shared.export.Reports;

/** Improvement plans: everyone signed in reads them; the coordinator prepares, a leader approves. */
@RestController
@RequestMapping("/api/improvement-plans")
class PlanController {

  static final String PREPARERS = "hasAnyRole('ADMIN','COORDINATOR')";

  private final PlanViews plans;
  private final PlanImport imports;
  private final PlanGeneration generation;
  private final PlanItems items;
  private final PlanLifecycle lifecycle;
  private final PlanItemHistory history;
  private final com.fasterxml.jackson.databind.ObjectMapper mapper;

  PlanController(PlanViews plans, PlanImport imports, PlanGeneration generation, PlanItems items,
      PlanLifecycle lifecycle, PlanItemHistory history, com.fasterxml.jackson.databind.ObjectMapper mapper) {
    this.plans = plans;
    this.imports = imports;
    this.generation = generation;
    this.items = items;
    this.lifecycle = lifecycle;
    this.history = history;
    this.mapper = mapper;
  }

  private com.fasterxml.jackson.databind.ObjectMapper json() {
    return mapper;
  }

  @GetMapping
  List<PlanView> list() {
    return plans.list();
  }

  @GetMapping("/{id}")
  PlanView get(@PathVariable long id) {
    return plans.get(id);
  }

  /** The plan as the official appendix table: xlsx, docx or pdf, Vietnamese headers. */
  @GetMapping("/{id}/export")
  ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
    ExportFormat parsed = ExportFormat.parse(format);
    return Reports.download(PlanExport.report(plans.get(id)), parsed);
  }

  @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(PREPARERS)
  PlanImport.Preview preview(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Long ownerUnitId) {
    return imports.preview(file, year, ownerUnitId);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(PREPARERS)
  @ResponseStatus(HttpStatus.CREATED)
  PlanView importPlan(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Long ownerUnitId,
      @RequestParam(required = false) String name, @RequestParam(required = false) String answers) {
    return imports.importPlan(file, year, ownerUnitId, name, answers(answers));
  }

  /** The {@code answers} part: a JSON array of {@code {row, column, phrase, unitIds | note}}. */
  private List<PlanImport.Answer> answers(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.of(json().readValue(json, PlanImport.Answer[].class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | NullPointerException e) {
      throw ApiException.invalidField("answers", "improvement.answersFormat");
    }
  }

  /** A draft plan from a published campaign's losses of one unit. */
  @PostMapping("/generate-from/{campaignId}")
  @PreAuthorize(PREPARERS)
  @ResponseStatus(HttpStatus.CREATED)
  PlanView generate(@PathVariable long campaignId, @RequestParam long unitId) {
    return generation.generate(campaignId, unitId, UnitScope.currentUser());
  }

  @PutMapping("/{id}/items/{itemId}")
  @PreAuthorize(PREPARERS)
  PlanView updateItem(@PathVariable long id, @PathVariable long itemId,
      @jakarta.validation.Valid @RequestBody PlanItems.ItemRequest request,
      @org.springframework.web.bind.annotation.RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return items.updateItem(id, itemId, request, ifMatchVersion(ifMatch));
  }

  /** {@code If-Match: "3"} (or W/"3", or 3) as a version; anything else is a 422 on {@code If-Match}. */
  static Long ifMatchVersion(String header) {
    return IfMatch.version(header);
  }

  /** Who changed the item, when, from where, and its values before and after; oldest first. */
  @GetMapping("/{id}/items/{itemId}/history")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','LEADER')") // who changed what, from which address: not for every unit
  List<PlanItemHistory.Change> itemHistory(@PathVariable long id, @PathVariable long itemId) {
    items.requireItem(id, itemId);
    return history.of(itemId);
  }

  @PostMapping("/{id}/approve")
  @PreAuthorize("hasRole('LEADER')")
  PlanView approve(@PathVariable long id) {
    return lifecycle.approve(id, UnitScope.currentUser().getUsername());
  }

  /**
   * Records the activation and answers at once with the plan ACTIVATING (202); the worker starts the
   * tasks and makes it ACTIVE. {@code GET .../activation} follows the progress.
   */
  @PostMapping("/{id}/activate")
  @PreAuthorize("hasAnyRole('LEADER','COORDINATOR')")
  @ResponseStatus(HttpStatus.ACCEPTED)
  PlanView activate(@PathVariable long id) {
    return lifecycle.activate(id);
  }

  /** {@code {status, total, started, error}}: the tasks an activation starts and has started. */
  @GetMapping("/{id}/activation")
  @PreAuthorize("hasAnyRole('LEADER','COORDINATOR')")
  PlanActivation.Progress activation(@PathVariable long id) {
    return lifecycle.activation(id);
  }

  @PostMapping("/{id}/close")
  @PreAuthorize("hasAnyRole('LEADER','COORDINATOR')")
  PlanView close(@PathVariable long id) {
    return lifecycle.close(id);
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(PREPARERS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    lifecycle.delete(id);
  }
}
