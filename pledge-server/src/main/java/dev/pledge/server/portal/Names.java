package dev.pledge.server.portal;

import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Exclusions;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.LocalizedText;
import dev.pledge.guarantee.Party;
import dev.pledge.guarantee.Service;
import dev.pledge.guarantee.Severity;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the pages call customers, commitments, services, severities and causes, in the person's
 * language: the names the guarantee gives them, or for a cause category the pages' own words. An id
 * the guarantee does not name (or a record without its guarantee) shows as it is written, and none
 * as empty (a complaint has no severity). Templates call it as {@code @names.commitment(guarantee,
 * id)}.
 */
@Component("names")
class Names {

  private final MessageSource messages;

  Names(MessageSource messages) {
    this.messages = messages;
  }

  /** The commitment's name, e.g. 故障响应 for {@code response}. */
  public String commitment(Guarantee g, String id) {
    if (id == null) {
      return "";
    }
    return named(Optional.ofNullable(g).flatMap(x -> x.commitment(id)).map(Commitment::name), id);
  }

  /**
   * The customer's name as its guarantee gives it, e.g. 北风科技 for {@code northwind}; the id of a
   * customer the guarantee does not name.
   */
  public String customer(Guarantee g, String id) {
    if (id == null) {
      return "";
    }
    Optional<LocalizedText> name =
        Optional.ofNullable(g)
            .flatMap(Guarantee::customer)
            .filter(c -> c.id().equals(id))
            .map(Party::name);
    return named(name, id);
  }

  /** The service's name, e.g. 网络接入 for {@code network}. */
  public String service(Guarantee g, String id) {
    if (id == null) {
      return "";
    }
    Optional<LocalizedText> name =
        Optional.ofNullable(g).stream()
            .flatMap(x -> x.services().stream())
            .filter(s -> s.id().equals(id))
            .map(Service::name)
            .findFirst();
    return named(name, id);
  }

  /** The severity's name, e.g. 网络中断 for {@code sev1}. */
  public String severity(Guarantee g, String id) {
    // A complaint or a request has none; the guarantee's map of severities refuses a null key.
    if (id == null) {
      return "";
    }
    Optional<Severity> s = Optional.ofNullable(g).map(x -> x.severities().get(id));
    return named(s.map(Severity::name), id);
  }

  /**
   * A cause category in the pages' words ({@code cause.force_majeure}), however it was written
   * ({@code Force-Majeure}); a cause of no known category as recorded, and none as empty.
   */
  public String cause(String cause) {
    if (cause == null || cause.isBlank()) {
      return "";
    }
    String key = "cause." + Exclusions.normalize(cause);
    return messages.getMessage(key, null, cause, LocaleContextHolder.getLocale());
  }

  private static String named(Optional<LocalizedText> name, String id) {
    String language = LocaleContextHolder.getLocale().getLanguage();
    return name.map(n -> n.in(language)).filter(n -> !n.isBlank()).orElse(id);
  }
}
