package vn.partracker.org;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.partracker.shared.ApiException;
import vn.partracker.shared.IfMatch;
import vn.partracker.shared.PageResponse;

@RestController
@RequestMapping("/api/users")
@PreAuthorize(UnitController.MANAGERS)
class UserController {

  private final UserService users;
  private final OrgImporter importer;
  private final OrgHistory history;

  UserController(UserService users, OrgImporter importer, OrgHistory history) {
    this.users = users;
    this.importer = importer;
    this.history = history;
  }

  @GetMapping
  PageResponse<UserView> search(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return users.search(q, page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(@RequestBody UserRequest request) {
    return users.create(request, UnitScope.currentUser());
  }

  @PutMapping("/{id}")
  UserView update(@PathVariable long id, @RequestBody UserRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    return users.update(id, request, UnitScope.currentUser(), IfMatch.version(ifMatch));
  }

  /** Who changed the user, when, from where, and per changed field its value before and after; oldest first. */
  @GetMapping("/{id}/history")
  List<OrgHistory.Change> history(@PathVariable long id) {
    if (users.find(id).isEmpty()) {
      throw ApiException.notFound("org.userNotFound", id);
    }
    return history.ofUser(id);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  OrgImporter.Result importUsers(@RequestParam(name = "file", required = false) MultipartFile file) {
    return importer.importUsers(file, UnitScope.currentUser());
  }

  @GetMapping("/import/template")
  ResponseEntity<byte[]> template() {
    return UnitController.csv("mau-nhap-nguoi-dung.csv", OrgImporter.USER_TEMPLATE);
  }
}
