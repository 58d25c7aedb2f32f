package vn.partracker.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One problem with what a user sent: a form field, or a cell of an imported table (row counted
 * from 1 as a spreadsheet shows it, column by its header). Its {@code message} is put into words
 * in the request's language when it is sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiErrorItem(String field, Integer row, String column, @JsonIgnore Message text) {

  public static ApiErrorItem field(String field, String key, Object... args) {
    return field(field, Message.of(key, args));
  }

  public static ApiErrorItem field(String field, Message message) {
    return new ApiErrorItem(field, null, null, message);
  }

  public static ApiErrorItem cell(int row, String column, String key, Object... args) {
    return cell(row, column, Message.of(key, args));
  }

  public static ApiErrorItem cell(int row, String column, Message message) {
    return new ApiErrorItem(null, row, column, message);
  }

  /** The message in the current request's language (Vietnamese outside a request). */
  @JsonProperty("message")
  @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
  public String message() {
    return text.text();
  }
}
