package vn.partracker.shared;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with what a user sent: a form field, or a cell of an imported table (row counted
 * from 1 as a spreadsheet shows it, column by its header).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiErrorItem(String field, Integer row, String column, String message) {

  public static ApiErrorItem field(String field, String message) {
    return new ApiErrorItem(field, null, null, message);
  }

  public static ApiErrorItem cell(int row, String column, String message) {
    return new ApiErrorItem(null, row, column, message);
  }
}
