package vn.partracker.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The one way a feature reports a problem the caller can fix. The handler turns it into an
 * RFC 7807 problem with the status, the detail and, for invalid input, the items. Every text is
 * a message key with its arguments ({@link Message}), put into words in the request's language.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final transient Message detail;
  private final transient List<ApiErrorItem> errors;
  private final transient Object current;

  public ApiException(HttpStatus status, Message detail, List<ApiErrorItem> errors) {
    this(status, detail, errors, null);
  }

  private ApiException(HttpStatus status, Message detail, List<ApiErrorItem> errors, Object current) {
    super(detail.key());
    this.status = status;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.current = current;
  }

  /**
   * A write based on a stale read (409): the items that changed meanwhile and the current state
   * (sent as {@code current}), so that the person sees both values and chooses.
   */
  public static ApiException stale(Message detail, List<ApiErrorItem> errors, Object current) {
    return new ApiException(HttpStatus.CONFLICT, detail, errors, current);
  }

  public static ApiException invalid(String key, List<ApiErrorItem> errors) {
    return invalid(Message.of(key), errors);
  }

  public static ApiException invalid(Message detail, List<ApiErrorItem> errors) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors);
  }

  public static ApiException invalidField(String field, String key, Object... args) {
    return invalidField(field, Message.of(key, args));
  }

  public static ApiException invalidField(String field, Message message) {
    return invalid(message, List.of(ApiErrorItem.field(field, message)));
  }

  public static ApiException notFound(String key, Object... args) {
    return new ApiException(HttpStatus.NOT_FOUND, Message.of(key, args), List.of());
  }

  public static ApiException conflict(String key, Object... args) {
    return new ApiException(HttpStatus.CONFLICT, Message.of(key, args), List.of());
  }

  public static ApiException forbidden(String key, Object... args) {
    return new ApiException(HttpStatus.FORBIDDEN, Message.of(key, args), List.of());
  }

  /** The detail in the current request's language (Vietnamese outside a request). */
  @Override
  public String getMessage() {
    return detail.text();
  }

  public Message detail() {
    return detail;
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
