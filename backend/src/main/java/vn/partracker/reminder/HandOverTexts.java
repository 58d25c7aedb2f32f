package vn.partracker.reminder;

import java.time.LocalDate;
import vn.partracker.shared.TimeConfig;

/** The Vietnamese wording of hand-over notifications and mails. */
final class HandOverTexts {

  /** Longest comment quoted in a sentence (the page shows it whole). */
  static final int DETAIL_MAX = 1500;

  private HandOverTexts() {}

  /** What happened, in a few words: the bell's title prefix and the mail's headline. */
  static String headline(String kind) {
    return switch (kind) {
      case "REPORTED" -> "Báo cáo mới chờ xem xét";
      case "CONTRIBUTED" -> "Đơn vị phối hợp đã góp ý";
      case "ACCEPTED" -> "Báo cáo đã được chấp nhận";
      case "RETURNED" -> "Báo cáo bị trả lại";
      case "EXPLAIN_REQUESTED" -> "Hội đồng yêu cầu giải trình";
      case "EXPLAINED" -> "Đơn vị đã giải trình";
      case "APPROVED" -> "Kết quả đã được phê duyệt";
      case "PUBLISHED" -> "Kết quả đã được công bố";
      case "ASSIGNED" -> "Bạn được giao xử lý";
      default -> kind;
    };
  }

  /** The sentence of the bell and the mail; names the unit and the actor and quotes the comment. */
  static String sentence(HandOver h, String unitName, String actorName) {
    String title = "\"" + h.title() + "\"";
    String unit = unitName == null ? "Đơn vị" : unitName;
    String by = actorName == null ? "" : " (" + actorName + ")";
    String text = switch (h.kind()) {
      case REPORTED -> unit + by + " đã báo cáo kết quả nhiệm vụ " + title
          + ". Đề nghị xem xét, chấp nhận hoặc trả lại.";
      case CONTRIBUTED -> unit + by + " đã góp ý, phối hợp thực hiện nhiệm vụ " + title + ".";
      case ACCEPTED -> "Báo cáo kết quả nhiệm vụ " + title + " của " + unit + " đã được chấp nhận" + by
          + "; nhiệm vụ hoàn thành.";
      case RETURNED -> "Báo cáo kết quả nhiệm vụ " + title + " của " + unit + " bị trả lại" + by
          + " để bổ sung, hoàn thiện và báo cáo lại" + due(h.dueDate()) + ".";
      case EXPLAIN_REQUESTED -> "Hội đồng thẩm định" + by + " đề nghị " + unit + " giải trình kết quả tự đánh giá "
          + title + due(h.dueDate()) + ".";
      case EXPLAINED -> unit + by + " đã giải trình theo yêu cầu của Hội đồng về " + title
          + ". Đề nghị Hội đồng tiếp tục thẩm định.";
      case APPROVED -> "Kết quả " + title + " đã được Chủ tịch phê duyệt" + by + ".";
      case PUBLISHED -> "Kết quả " + title + " đã được công bố. Đơn vị xem kết quả và điểm của mình trên PAR Tracker.";
      case ASSIGNED -> (actorName == null ? "Bạn" : actorName + " đã giao cho bạn") + " bước \""
          + (h.detail() == null ? "" : h.detail()) + "\" của " + title + due(h.dueDate()) + ".";
    };
    if (h.detail() != null && !h.detail().isBlank() && h.kind() != HandOver.Kind.ASSIGNED) {
      text += " " + detailLabel(h.kind()) + ": " + clip(h.detail().strip(), DETAIL_MAX);
    }
    return text;
  }

  private static String detailLabel(HandOver.Kind kind) {
    return switch (kind) {
      case RETURNED -> "Lý do";
      case ACCEPTED -> "Nhận xét";
      case EXPLAIN_REQUESTED -> "Nội dung yêu cầu";
      case EXPLAINED -> "Nội dung giải trình";
      case CONTRIBUTED -> "Nội dung góp ý";
      default -> "Nội dung";
    };
  }

  private static String due(LocalDate due) {
    return due == null ? "" : ", hạn " + TimeConfig.DATE.format(due);
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The mail's subject: "[PAR Tracker] Báo cáo bị trả lại: <title>". */
  static String subject(String kind, String title) {
    return "[PAR Tracker] " + headline(kind) + ": " + title;
  }
}
