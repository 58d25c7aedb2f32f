package vn.partracker.emulation;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.partracker.emulation.EmulationViews.EntryRequest;
import vn.partracker.emulation.EmulationViews.EntryView;
import vn.partracker.emulation.EmulationViews.MovementRequest;
import vn.partracker.emulation.EmulationViews.MovementSummary;
import vn.partracker.emulation.EmulationViews.MovementView;
import vn.partracker.emulation.EmulationViews.NominationRequest;
import vn.partracker.emulation.EmulationViews.NominationView;
import vn.partracker.emulation.EmulationViews.Scoreboard;
import vn.partracker.emulation.EmulationViews.TargetView;
import vn.partracker.emulation.EmulationViews.TaskRow;
import vn.partracker.emulation.EmulationViews.ThresholdsRequest;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.Downloads;
import vn.partracker.shared.export.ExportFormat;
import vn.partracker.shared.export.Reports;

/**
 * The emulation movement. Everyone signed in sees the movements and their own standing; the
 * coordinator launches movements, sets thresholds and nominates; unit heads enter their unit's figures.
 */
@RestController
@RequestMapping("/api/emulation")
class EmulationController {

  private static final String ORGANISERS = "hasAnyRole('ADMIN','COORDINATOR')";
  private static final String REVIEWERS = "hasAnyRole('ADMIN','COORDINATOR','LEADER','COUNCIL')";

  private final MovementService movements;
  private final EntryService entries;
  private final ScoreboardService scoreboard;
  private final NominationService nominations;
  private final Clock clock;

  EmulationController(MovementService movements, EntryService entries, ScoreboardService scoreboard,
      NominationService nominations, Clock clock) {
    this.movements = movements;
    this.entries = entries;
    this.scoreboard = scoreboard;
    this.nominations = nominations;
    this.clock = clock;
  }

  @GetMapping
  List<MovementSummary> list() {
    return movements.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(ORGANISERS)
  MovementView create(@RequestBody MovementRequest request) {
    return movements.create(request, UnitScope.currentUser());
  }

  @GetMapping("/{id}")
  MovementView get(@PathVariable long id) {
    return movements.get(id);
  }

  @PutMapping("/{id}/targets/{code}")
  @PreAuthorize(ORGANISERS)
  TargetView thresholds(@PathVariable long id, @PathVariable String code, @RequestBody ThresholdsRequest request) {
    return movements.updateThresholds(id, code, request.thresholds());
  }

  @GetMapping("/{id}/entries")
  List<EntryView> entries(@PathVariable long id, @RequestParam(required = false) Long unitId) {
    return entries.entries(id, unitId, UnitScope.currentUser());
  }

  @PostMapping("/{id}/entries")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','UNIT_HEAD')")
  EntryView enter(@PathVariable long id, @RequestBody EntryRequest request) {
    return entries.enter(id, request, UnitScope.currentUser());
  }

  @PostMapping(path = "/{id}/entries/{entryId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','UNIT_HEAD')")
  EntryView attach(@PathVariable long id, @PathVariable long entryId,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return entries.attach(id, entryId, file, UnitScope.currentUser());
  }

  @GetMapping("/{id}/entries/{entryId}/attachments/{attachmentId}")
  ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long entryId, @PathVariable long attachmentId) {
    return Downloads.file(entries.evidence(id, entryId, attachmentId));
  }

  @GetMapping("/{id}/scoreboard")
  Scoreboard scoreboard(@PathVariable long id) {
    return scoreboard.scoreboard(id, UnitScope.currentUser());
  }

  @GetMapping("/{id}/scoreboard/{unitId}/{code}/tasks")
  List<TaskRow> tasks(@PathVariable long id, @PathVariable long unitId, @PathVariable String code) {
    return scoreboard.tasksBehind(id, unitId, code);
  }

  @GetMapping("/{id}/nominations")
  @PreAuthorize(REVIEWERS)
  List<NominationView> nominations(@PathVariable long id) {
    return nominations.nominations(id);
  }

  @PostMapping("/{id}/nominations")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize(ORGANISERS)
  NominationView nominate(@PathVariable long id, @RequestBody NominationRequest request) {
    return nominations.nominate(id, request, UnitScope.currentUser());
  }

  @DeleteMapping("/{id}/nominations/{nominationId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize(ORGANISERS)
  void withdraw(@PathVariable long id, @PathVariable long nominationId) {
    nominations.withdraw(id, nominationId);
  }

  @GetMapping("/{id}/nominations/{nominationId}/dossier")
  @PreAuthorize(REVIEWERS)
  ResponseEntity<byte[]> dossier(@PathVariable long id, @PathVariable long nominationId,
      @RequestParam(defaultValue = "docx") String format) {
    ExportFormat parsed = ExportFormat.parse(format);
    if (parsed == ExportFormat.XLSX) {
      throw ApiException.invalidField("format", "emulation.dossierFormat");
    }
    return Reports.download(NominationDossier.report(nominations.dossierData(id, nominationId), LocalDate.now(clock)),
        parsed);
  }
}
