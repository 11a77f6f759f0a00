package dev.pledge.server.breach;

import java.time.Instant;
import java.util.Locale;

/**
 * The timeout-handling record a breach opens: which clock of which ticket broke when, why, what the
 * customer was told, what is done about it and by whom, and whether it is closed.
 *
 * @param customerNotice the breach notice in English
 * @param customerNoticeZh the same notice in simplified Chinese; null for a case opened before both
 *     were kept, whose one notice is in {@code customerNotice}
 */
public record BreachCase(
    String id,
    String ticket,
    String customer,
    String commitment,
    int cycle,
    Instant breachedAt,
    String cause,
    String customerNotice,
    String customerNoticeZh,
    String correctiveAction,
    String actionOwner,
    String status,
    Instant openedAt,
    Instant acknowledgedAt,
    Instant closedAt) {

  /** The notice in the reader's language: Chinese readers get the Chinese one when it is kept. */
  public String customerNoticeIn(Locale reader) {
    return reader.getLanguage().equals("zh") && customerNoticeZh != null
        ? customerNoticeZh
        : customerNotice;
  }
}
