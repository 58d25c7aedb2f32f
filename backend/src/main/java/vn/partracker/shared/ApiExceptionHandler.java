package vn.partracker.shared;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Turns every failure of an API call into an RFC 7807 problem; nothing a user sends gives a 500. */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    ResponseEntity<ProblemDetail> response = problem(e.status(), e.detail(), e.errors());
    if (e.current() != null) {
      response.getBody().setProperty("current", e.current());
    }
    return response;
  }

  /** Two writes of the same row raced (a version or a unique key met at commit): the later one is refused. */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> raced(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, Message.of("shared.raced"), List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    if (e instanceof DuplicateKeyException || uniqueViolation(e)) {
      return problem(HttpStatus.CONFLICT, Message.of("shared.raced"), List.of());
    }
    return unexpected(e);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
    List<ApiErrorItem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> f.isBindingFailure()
                ? ApiErrorItem.field(f.getField(), "shared.invalidValue", f.getRejectedValue())
                // Bean Validation's message, already in the request's language ({key} in messages*.properties)
                : ApiErrorItem.field(f.getField(), Message.of("shared.asIs", f.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, Message.of("shared.invalidData"), errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e) {
    List<ApiErrorItem> errors =
        e.getConstraintViolations().stream()
            .map(v -> ApiErrorItem.field(v.getPropertyPath().toString(), Message.of("shared.asIs", v.getMessage())))
            .toList();
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, Message.of("shared.invalidData"), errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    // a value of the wrong kind (a date "31/02/2026", text for a number): name the field it was sent for
    if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      Message message = Message.of(
          m.getTargetType() != null && java.time.temporal.Temporal.class.isAssignableFrom(m.getTargetType())
              ? "shared.invalidDateForField" : "shared.invalidValueForField", field);
      return problem(HttpStatus.BAD_REQUEST, message, List.of(ApiErrorItem.field(field, message)));
    }
    return problem(HttpStatus.BAD_REQUEST, Message.of("shared.unreadableBody"), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    Message message = Message.of("shared.invalidValue", e.getValue());
    return problem(HttpStatus.BAD_REQUEST, message, List.of(ApiErrorItem.field(e.getName(), message)));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, Message.of("shared.fileTooLarge"), List.of());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, Message.of("shared.fileFieldRequired"),
        List.of(ApiErrorItem.field("file", "shared.fileMissing")));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, Message.of("shared.forbidden"), List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e instanceof ErrorResponse known) {
      // Spring's own (unknown path, wrong method, unsupported media type...): keep its status
      HttpStatusCode status = known.getStatusCode();
      return problem(HttpStatus.valueOf(status.value()), Message.of("shared.asIs", java.util.Objects.toString(known.getBody().getDetail(), "")), List.of());
    }
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, Message.of("shared.unexpected"), List.of());
  }

  /** SQLState 23505 (the SQL standard's unique violation, on H2 and PostgreSQL alike) anywhere in the causes. */
  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The most problems one answer lists (a file's first ones); {@code errorCount} gives them all. */
  public static final int MAX_LISTED_ERRORS = 200;

  /** The problem body; its texts are put into words here, in the request's language. */
  static ResponseEntity<ProblemDetail> problem(HttpStatus status, Message detail, List<ApiErrorItem> errors) {
    if (errors.size() > MAX_LISTED_ERRORS) {
      detail = Message.of("shared.firstErrorsListed", detail, MAX_LISTED_ERRORS, errors.size());
    }
    String text = detail.text();
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, text.isEmpty() ? null : text);
    if (!errors.isEmpty()) {
      body.setProperty("errors", errors.size() > MAX_LISTED_ERRORS ? errors.subList(0, MAX_LISTED_ERRORS) : errors);
      body.setProperty("errorCount", errors.size());
    }
    return ResponseEntity.status(status).body(body);
  }
}
