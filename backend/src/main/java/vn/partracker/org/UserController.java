package vn.partracker.org;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.partracker.shared.PageResponse;

@RestController
@RequestMapping("/api/users")
@PreAuthorize(UnitController.MANAGERS)
class UserController {

  private final UserService users;
  private final OrgImporter importer;

  UserController(UserService users, OrgImporter importer) {
    this.users = users;
    this.importer = importer;
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
  UserView update(@PathVariable long id, @RequestBody UserRequest request) {
    return users.update(id, request, UnitScope.currentUser());
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
