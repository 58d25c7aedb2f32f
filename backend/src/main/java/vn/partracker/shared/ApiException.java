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
  private final transient Object current;

  public ApiException(HttpStatus status, String detail, List<ApiErrorItem> errors) {
    this(status, detail, errors, null);
  }

  private ApiException(HttpStatus status, String detail, List<ApiErrorItem> errors, Object current) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.current = current;
  }

  /**
   * A write based on a stale read (409): the items that changed meanwhile and the current state
   * (sent as {@code current}), so that the person sees both values and chooses.
   */
  public static ApiException stale(String detail, List<ApiErrorItem> errors, Object current) {
    return new ApiException(HttpStatus.CONFLICT, detail, errors, current);
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

  /** The current state of what the caller tried to change, for a stale write; else null. */
  public Object current() {
    return current;
  }
}
