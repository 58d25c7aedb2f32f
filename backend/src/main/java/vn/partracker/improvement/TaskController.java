package vn.partracker.improvement;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.org.UnitScope;
import vn.partracker.shared.Downloads;

/**
 * Everything under {@code /api/improvement-tasks}: a task occurrence's details ({@code /{id}}) and acting on one of
 * its open steps, an item of the inbox ({@code /steps/{workItemId}/...}, the engine task's id). The inbox module owns
 * {@code /api/tasks}, the lists.
 */
@RestController
class TaskController {

  record ReportRequest(String report) {}

  record ContributionRequest(String note) {}

  record ReviewRequest(String comment) {}

  record AssignRequest(
      @jakarta.validation.constraints.Size(max = vn.partracker.shared.Limits.USERNAME, message = vn.partracker.shared.Limits.TOO_LONG)
      @Nullable String assignee, @Nullable LocalDate followUpDate) {}

  record CommentRequest(String body) {}

  private final ImprovementTasks tasks;

  TaskController(ImprovementTasks tasks) {
    this.tasks = tasks;
  }

  @PostMapping("/api/improvement-tasks/steps/{workItemId}/report")
  TaskView report(@PathVariable String workItemId, @RequestBody ReportRequest request) {
    return tasks.report(workItemId, request == null ? null : request.report(), UnitScope.currentUser());
  }

  @PostMapping("/api/improvement-tasks/steps/{workItemId}/contribute")
  TaskView contribute(@PathVariable String workItemId, @RequestBody(required = false) ContributionRequest request) {
    return tasks.contribute(workItemId, request == null ? null : request.note(), UnitScope.currentUser());
  }

  @PostMapping("/api/improvement-tasks/steps/{workItemId}/accept")
  TaskView accept(@PathVariable String workItemId, @RequestBody(required = false) ReviewRequest request) {
    return tasks.review(workItemId, true, request == null ? null : request.comment(), UnitScope.currentUser());
  }

  @PostMapping("/api/improvement-tasks/steps/{workItemId}/return")
  TaskView giveBack(@PathVariable String workItemId, @RequestBody(required = false) ReviewRequest request) {
    return tasks.review(workItemId, false, request == null ? null : request.comment(), UnitScope.currentUser());
  }

  @PostMapping("/api/improvement-tasks/steps/{workItemId}/assign")
  TaskView assign(@PathVariable String workItemId, @jakarta.validation.Valid @RequestBody AssignRequest request) {
    return tasks.assign(workItemId, request.assignee(), request.followUpDate(), UnitScope.currentUser());
  }

  @GetMapping("/api/improvement-tasks/{id}")
  TaskView get(@PathVariable long id) {
    return tasks.view(id, UnitScope.currentUser());
  }

  @PostMapping("/api/improvement-tasks/{id}/comments")
  TaskView comment(@PathVariable long id, @RequestBody CommentRequest request) {
    return tasks.comment(id, request == null ? null : request.body(), UnitScope.currentUser());
  }

  @PostMapping(path = "/api/improvement-tasks/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  TaskView attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
    return tasks.attach(id, file, UnitScope.currentUser());
  }

  @GetMapping("/api/improvement-tasks/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
    return Downloads.file(tasks.download(id, attachmentId, UnitScope.currentUser()));
  }
}
