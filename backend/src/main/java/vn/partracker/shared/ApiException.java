package vn.partracker.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The one way a feature reports a problem the caller can fix. The handler turns it into an
 * RFC 7807 problem with the status, a Vietnamese detail and, for invalid input, the items.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final transient List<ApiErrorItem> errors;

  public ApiException(HttpStatus status, String detail, List<ApiErrorItem> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public static ApiException invalid(String detail, List<ApiErrorItem> errors) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors);
  }

  public static ApiException invalidField(String field, String message) {
    return invalid(message, List.of(ApiErrorItem.field(field, message)));
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, detail, List.of());
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<ApiErrorItem> errors() {
    return errors;
  }
}
