package vn.partracker.org;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.CurrentUser;
import vn.partracker.shared.Downloads;
import vn.partracker.shared.IfMatch;

@RestController
@RequestMapping("/api/units")
class UnitController {

  static final String MANAGERS = "hasAnyRole('ADMIN','COORDINATOR')";

  private final UnitService units;
  private final UnitScope scope;
  private final OrgImporter importer;
  private final OrgHistory history;

  UnitController(UnitService units, UnitScope scope, OrgImporter importer, OrgHistory history) {
    this.units = units;
    this.scope = scope;
    this.importer = importer;
    this.history = history;
  }

  @GetMapping
  List<UnitView> list() {
    return scope.visibleUnits(UnitScope.currentUser());
  }

  @PostMapping
  @PreAuthorize(MANAGERS)
  @ResponseStatus(HttpStatus.CREATED)
  UnitView create(@RequestBody UnitRequest request) {
    return units.create(request);
  }

  @PutMapping("/{id}")
  @PreAuthorize(MANAGERS)
  UnitView update(@PathVariable long id, @RequestBody UnitRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return units.update(id, request, IfMatch.version(ifMatch));
  }

  /**
   * Who changed the unit, when, from where, and per changed field its value before and after;
   * oldest first. Administrators and coordinators, for a unit they may read.
   */
  @GetMapping("/{id}/history")
  @PreAuthorize(MANAGERS)
  List<OrgHistory.Change> history(@PathVariable long id) {
    CurrentUser user = UnitScope.currentUser();
    if (units.find(id).isEmpty()) {
      throw ApiException.notFound("org.unitNotFound", id);
    }
    if (scope.visibleUnits(user).stream().noneMatch(u -> u.id() == id)) {
      throw ApiException.forbidden("shared.unitForbidden");
    }
    return history.ofUnit(id);
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(MANAGERS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    units.delete(id);
  }

  record AliasRequest(String alias) {}

  /** Maps a name found in a table to this unit, so the next import recognises it. */
  @PostMapping("/{id}/aliases")
  @PreAuthorize(MANAGERS)
  UnitView addAlias(@PathVariable long id, @RequestBody AliasRequest request) {
    return units.addAlias(id, request == null ? null : request.alias());
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(MANAGERS)
  OrgImporter.Result importUnits(@RequestParam(name = "file", required = false) MultipartFile file) {
    return importer.importUnits(file);
  }

  @GetMapping("/import/template")
  @PreAuthorize(MANAGERS)
  ResponseEntity<byte[]> template() {
    return csv("mau-nhap-don-vi.csv", OrgImporter.UNIT_TEMPLATE);
  }

  /** A CSV template with a BOM, so Excel opens the Vietnamese headers correctly. */
  static ResponseEntity<byte[]> csv(String filename, String content) {
    byte[] body = ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8);
    return Downloads.file(body, filename, Downloads.CSV);
  }

}
