package vn.partracker.assessment;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.Downloads;
import vn.partracker.shared.export.ExportFormat;
import vn.partracker.shared.export.Reports;

/**
 * Assessment campaigns: the coordinator runs them, units self-assess, the council appraises, the
 * chairman approves; results are public once published.
 */
@RestController
class CampaignController {

  /** {@code items}: the unit's explanation item by item, beside the general reply (optional). */
  record ExplainRequest(String reply, List<Appraisal.ItemReply> items) {}

  private final CampaignService campaigns;
  private final SheetViewer sheets;
  private final SelfAssessment selfAssessment;
  private final Appraisal appraisal;
  private final CampaignResults results;
  private final CampaignResultsExport resultsExport;
  private final AnswerHistory history;

  CampaignController(CampaignService campaigns, SheetViewer sheets, SelfAssessment selfAssessment, Appraisal appraisal,
      CampaignResults results,
      CampaignResultsExport resultsExport, AnswerHistory history) {
    this.history = history;
    this.campaigns = campaigns;
    this.sheets = sheets;
    this.selfAssessment = selfAssessment;
    this.appraisal = appraisal;
    this.results = results;
    this.resultsExport = resultsExport;
  }

  @PostMapping("/api/campaigns")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  @ResponseStatus(HttpStatus.CREATED)
  CampaignView create(@RequestBody CampaignService.CreateRequest request) {
    return campaigns.create(request, UnitScope.currentUser());
  }

  @GetMapping("/api/campaigns")
  List<CampaignView> list() {
    return campaigns.list(UnitScope.currentUser());
  }

  @GetMapping("/api/campaigns/{id}")
  CampaignView get(@PathVariable long id) {
    return campaigns.get(id, UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/council")
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  CampaignView council(@PathVariable long id, @RequestBody CampaignService.CouncilRequest request) {
    return campaigns.setUpCouncil(id, request, UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/approve")
  @PreAuthorize("hasRole('LEADER')")
  CampaignView approve(@PathVariable long id) {
    return campaigns.approve(id, UnitScope.currentUser());
  }

  @GetMapping("/api/campaigns/{id}/units/{unitId}/assessment")
  SheetView sheet(@PathVariable long id, @PathVariable long unitId) {
    return sheets.sheet(id, unitId, UnitScope.currentUser());
  }

  @PutMapping("/api/campaigns/{id}/units/{unitId}/answers")
  SheetView answers(@PathVariable long id, @PathVariable long unitId,
      @RequestBody List<SelfAssessment.AnswerRequest> answers) {
    return selfAssessment.saveAnswers(id, unitId, answers, UnitScope.currentUser());
  }

  /** Every change of one item (self and appraised scores, explanation, reason): who, when, from where, before, after. */
  @GetMapping("/api/campaigns/{id}/units/{unitId}/answers/{code}/history")
  List<AnswerHistory.Change> history(@PathVariable long id, @PathVariable long unitId, @PathVariable String code) {
    return history.of(id, unitId, code, UnitScope.currentUser());
  }

  @PostMapping(path = "/api/campaigns/{id}/units/{unitId}/answers/{code}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  SheetView evidence(@PathVariable long id, @PathVariable long unitId, @PathVariable String code,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return selfAssessment.attach(id, unitId, code, file, UnitScope.currentUser());
  }

  @GetMapping("/api/campaigns/{id}/units/{unitId}/evidence/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long unitId, @PathVariable long attachmentId) {
    return Downloads.file(selfAssessment.evidence(id, unitId, attachmentId, UnitScope.currentUser()));
  }

  @PostMapping("/api/campaigns/{id}/units/{unitId}/submit")
  SheetView submit(@PathVariable long id, @PathVariable long unitId) {
    return selfAssessment.submit(id, unitId, UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/units/{unitId}/withdraw")
  SheetView withdraw(@PathVariable long id, @PathVariable long unitId) {
    return selfAssessment.withdraw(id, unitId, UnitScope.currentUser());
  }

  @PutMapping("/api/campaigns/{id}/units/{unitId}/appraisal")
  SheetView appraise(@PathVariable long id, @PathVariable long unitId,
      @RequestBody List<Appraisal.AppraisalRequest> scores) {
    return appraisal.appraise(id, unitId, scores, UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/units/{unitId}/request-explanation")
  SheetView requestExplanation(@PathVariable long id, @PathVariable long unitId,
      @RequestBody Appraisal.ExplanationRequest request) {
    return appraisal.requestExplanation(id, unitId, request, UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/units/{unitId}/explain")
  SheetView explain(@PathVariable long id, @PathVariable long unitId, @RequestBody ExplainRequest request) {
    return appraisal.explain(id, unitId, request == null ? null : request.reply(), request == null ? null : request.items(),
        UnitScope.currentUser());
  }

  @PostMapping("/api/campaigns/{id}/units/{unitId}/appraised")
  SheetView appraised(@PathVariable long id, @PathVariable long unitId) {
    return appraisal.markAppraised(id, unitId, UnitScope.currentUser());
  }

  @GetMapping("/api/campaigns/{id}/results")
  CampaignResults.Results results(@PathVariable long id) {
    return results.results(id, UnitScope.currentUser());
  }

  /** The results and the loss analysis as official tables: xlsx, docx or pdf; who sees what as above. */
  @GetMapping("/api/campaigns/{id}/results/export")
  ResponseEntity<byte[]> exportResults(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
    ExportFormat parsed = ExportFormat.parse(format);
    return Reports.download(resultsExport.report(id, UnitScope.currentUser()), parsed);
  }

  @GetMapping("/api/campaigns/{id}/losses")
  List<CampaignResults.Loss> losses(@PathVariable long id, @RequestParam long unitId) {
    return results.losses(id, unitId, UnitScope.currentUser());
  }

  @PostMapping(path = "/api/campaigns/{id}/survey", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
  CampaignResults.Results survey(@PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    return results.importSurvey(id, file, UnitScope.currentUser());
  }

  /** The public results page: no login, only once published. */
  @GetMapping("/api/public/campaigns/{id}/results")
  CampaignResults.Results publicResults(@PathVariable long id) {
    return results.results(id, null);
  }
}
