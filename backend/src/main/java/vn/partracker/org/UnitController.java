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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.shared.Downloads;

@RestController
@RequestMapping("/api/units")
class UnitController {

  static final String MANAGERS = "hasAnyRole('ADMIN','COORDINATOR')";

  private final UnitService units;
  private final UnitScope scope;
  private final OrgImporter importer;

  UnitController(UnitService units, UnitScope scope, OrgImporter importer) {
    this.units = units;
    this.scope = scope;
    this.importer = importer;
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
  UnitView update(@PathVariable long id, @RequestBody UnitRequest request) {
    return units.update(id, request);
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
