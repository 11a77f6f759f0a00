package dev.pledge.server.notice;

import dev.pledge.server.system.Caller;
import org.springframework.stereotype.Component;

/** Adds email recipients of notices for features other than the API, such as the demo data. */
@Component
public class EmailRecipients {

  private final Recipients recipients;

  EmailRecipients(Recipients recipients) {
    this.recipients = recipients;
  }

  /**
   * Tells {@code address} of {@code organisation}'s warnings and breaches, as {@code POST
   * /api/organisations/{organisation}/recipients} does.
   *
   * @param zone the IANA zone the mails show times in
   */
  public void add(String organisation, String address, String locale, String zone, Caller caller) {
    recipients.add(
        organisation,
        new RecipientRequest("email", address, locale, zone, null, null, true, true, 0),
        caller);
  }
}
