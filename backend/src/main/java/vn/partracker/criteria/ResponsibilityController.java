package vn.partracker.criteria;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The responsibility matrix of a set; editable by ADMIN and COORDINATOR even once the set is published. */
@RestController
@RequestMapping("/api/criteria-sets/{setId}/responsibilities")
class ResponsibilityController {

  private final ResponsibilityService responsibilities;
  private final CriteriaService criteria;

  ResponsibilityController(ResponsibilityService responsibilities, CriteriaService criteria) {
    this.responsibilities = responsibilities;
    this.criteria = criteria;
  }

  @GetMapping
  ResponsibilityService.Matrix matrix(@PathVariable long setId) {
    criteria.get(setId, CriteriaController.isEditor());
    return responsibilities.matrix(setId);
  }

  @PutMapping("/{nodeId}")
  @PreAuthorize(CriteriaController.EDITORS)
  ResponsibilityService.Matrix assign(@PathVariable long setId, @PathVariable long nodeId,
      @RequestBody ResponsibilityService.AssignRequest request) {
    return responsibilities.assign(setId, nodeId, request);
  }

  @DeleteMapping("/{nodeId}")
  @PreAuthorize(CriteriaController.EDITORS)
  ResponsibilityService.Matrix unassign(@PathVariable long setId, @PathVariable long nodeId) {
    return responsibilities.unassign(setId, nodeId);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(CriteriaController.EDITORS)
  Map<String, Integer> importMatrix(@PathVariable long setId,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    criteria.find(setId);
    return responsibilities.importMatrix(setId, file);
  }
}
