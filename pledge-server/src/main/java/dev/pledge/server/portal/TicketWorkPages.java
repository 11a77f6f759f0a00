package dev.pledge.server.portal;

import dev.pledge.event.TicketType;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.Service;
import dev.pledge.server.record.Requests.CommentRequest;
import dev.pledge.server.record.Requests.RatingRequest;
import dev.pledge.server.record.Requests.SeverityRequest;
import dev.pledge.server.record.TicketNotes;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Instants;
import dev.pledge.server.ticket.CorrectionRequest;
import dev.pledge.server.ticket.EventRequest;
import dev.pledge.server.ticket.StoredTicket;
import dev.pledge.server.ticket.TicketRequest;
import dev.pledge.server.ticket.TicketService;
import dev.pledge.server.ticket.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People work tickets: open one, record its timeline events, correct an event's instant, change its
 * severity, comment on it and rate it. Every form goes through the service the API uses ({@link
 * TicketService}, {@link TicketNotes}), so the checks, the customer's scope, the rescheduled
 * notices and the audit log are the API's; a refused form shows the field at fault and stores
 * nothing, and another customer's ticket is answered with the same page as an unknown one.
 */
@Controller
class TicketWorkPages {

  private final TicketService tickets;
  private final TicketNotes notes;
  private final TicketPages pages;
  private final RecordScope scope;
  private final Clock clock;
  private final MessageSource messages;

  TicketWorkPages(
      TicketService tickets,
      TicketNotes notes,
      TicketPages pages,
      RecordScope scope,
      Clock clock,
      MessageSource messages) {
    this.tickets = tickets;
    this.notes = notes;
    this.pages = pages;
    this.scope = scope;
    this.clock = clock;
    this.messages = messages;
  }

  /**
   * A guarantee a new ticket may be opened under, with what its form offers; the guarantee names
   * them.
   */
  record Offered(
      String id,
      String customer,
      Guarantee guarantee,
      List<String> services,
      List<String> severities) {

    static Offered of(String customer, Guarantee g) {
      return new Offered(
          g.id(),
          customer,
          g,
          g.services().stream().map(Service::id).toList(),
          g.severities().keySet().stream().sorted().toList());
    }
  }

  @GetMapping("/tickets/new")
  String newTicket(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    return form(caller, name, model);
  }

  @PostMapping("/tickets")
  String open(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String guarantee,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String cause,
      @RequestParam(name = "reported_at", required = false) String reportedAt,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    TicketRequest r = new TicketRequest(id, guarantee, service, type, severity, cause, category);
    String reported = reportedAt == null || reportedAt.isBlank() ? now() : reportedAt;
    AtomicReference<TicketView> opened = new AtomicReference<>();
    if (Forms.saved(() -> opened.set(tickets.openReported(r, reported, caller)), model, response)) {
      return savedTo(opened.get().id(), redirect);
    }
    return form(caller, name, model);
  }

  @PostMapping("/tickets/{id}/events")
  String event(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String event,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    EventRequest r = new EventRequest(at == null || at.isBlank() ? now() : at, event, reason);
    if (!offered(event, model, response)) {
      return refused(caller, name, id, model);
    }
    return worked(caller, name, id, () -> tickets.record(id, r, caller), model, response, redirect);
  }

  @PostMapping("/tickets/{id}/severity")
  String severity(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String at,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SeverityRequest r = new SeverityRequest(at, severity);
    return worked(caller, name, id, () -> notes.severity(id, r, caller), model, response, redirect);
  }

  @PostMapping("/tickets/{id}/comments")
  String comment(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String text,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CommentRequest r = new CommentRequest(null, text);
    return worked(caller, name, id, () -> notes.comment(id, r, caller), model, response, redirect);
  }

  /**
   * Moves a recorded event to the instant it really happened, as {@code POST
   * /api/tickets/{id}/events/{seq}/corrections} does: the same audit entry, and every clock
   * follows.
   */
  @PostMapping("/tickets/{id}/corrections")
  String correct(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String seq,
      @RequestParam(required = false) String at,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!numbered(seq, model, response)) {
      return refused(caller, name, id, model);
    }
    CorrectionRequest r = new CorrectionRequest(at);
    int event = Integer.parseInt(seq.strip());
    return worked(
        caller, name, id, () -> tickets.correct(id, event, r, caller), model, response, redirect);
  }

  /** The customer's rating of a ticket, on the page's scale, as {@code POST .../ratings} takes. */
  @PostMapping("/tickets/{id}/rating")
  String rate(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String id,
      @RequestParam(required = false) String score,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StoredTicket t = tickets.ticket(id, caller);
    if (!onScale(score, model, response)) {
      return refused(caller, name, id, model);
    }
    RatingRequest r = new RatingRequest(null, t.guarantee(), t.id(), now(), number(score), SCALE);
    return worked(
        caller, name, id, () -> notes.rate(t.customer(), r, caller), model, response, redirect);
  }

  private String form(Caller caller, String name, Model model) {
    RecordScope.Listed listed = scope.list(caller, name, null, "INC", model);
    List<Offered> offered =
        listed.guarantees().entrySet().stream()
            .map(e -> Offered.of(customerOf(e.getValue()), e.getValue()))
            .toList();
    ZoneId zone =
        listed.guarantees().values().stream()
            .findFirst()
            .map(Guarantee::zone)
            .orElse(ZoneOffset.UTC);
    model.addAttribute("offered", offered);
    model.addAttribute("services", services(offered));
    model.addAttribute("numbered", caller.customer());
    model.addAttribute(
        "types", Arrays.stream(TicketType.values()).map(TicketType::fileName).toList());
    model.addAttribute("now", Instants.show(clock.instant().truncatedTo(ChronoUnit.MINUTES), zone));
    return "portal/ticket-new";
  }

  /**
   * Every service the guarantees offer, by id, with the first guarantee that names it: one list
   * serves every guarantee of the form.
   */
  private static SortedMap<String, Guarantee> services(List<Offered> offered) {
    SortedMap<String, Guarantee> services = new TreeMap<>();
    offered.forEach(o -> o.services().forEach(s -> services.putIfAbsent(s, o.guarantee())));
    return services;
  }

  private static String customerOf(Guarantee g) {
    return g.customer().map(c -> c.id()).orElse("");
  }

  /** A change from the ticket page: back to the page, saying it was saved or why not. */
  private String worked(
      Caller caller,
      String name,
      String id,
      Runnable change,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (Forms.saved(change, model, response)) {
      return savedTo(id, redirect);
    }
    return refused(caller, name, id, model);
  }

  /** The ticket page again, showing the problem; the form's fields keep what was written. */
  private String refused(Caller caller, String name, String id, Model model) {
    model.addAttribute("saved", false);
    return pages.page(caller, name, id, model);
  }

  /** The events the page offers; the comment and severity forms add the other kinds. */
  private static boolean offered(String event, Model model, HttpServletResponse response) {
    if (!Forms.chosen("event", event, model, response)) {
      return false;
    }
    if (TicketPages.EVENTS.contains(event)) {
      return true;
    }
    String offered = String.join(", ", TicketPages.EVENTS);
    return Forms.refuse(
        ApiException.badInput(
                "event",
                "event '" + event + "' is not one this form records; choose one of " + offered)
            .saying("problem.notOffered", event, offered),
        model,
        response);
  }

  /** The number the timeline shows an event under, which the service looks up. */
  private static boolean numbered(String seq, Model model, HttpServletResponse response) {
    if (!Forms.chosen("seq", seq, model, response)) {
      return false;
    }
    if (seq.strip().matches("[1-9][0-9]{0,8}")) {
      return true;
    }
    return Forms.refuse(
        ApiException.badInput("seq", "seq '" + seq + "' is not the number of a timeline event")
            .saying("problem.notAnEventNumber", seq),
        model,
        response);
  }

  /**
   * A score the form offers: a whole number from 1 to the page's scale. The API takes any score
   * from 0 to the scale it is sent; the form says 1 is the worst, and keeps to that.
   */
  private boolean onScale(String score, Model model, HttpServletResponse response) {
    BigDecimal n = number(score);
    boolean whole = n != null && n.stripTrailingZeros().scale() <= 0;
    if (whole && n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(SCALE) <= 0) {
      return true;
    }
    String detail =
        messages.getMessage(
            "ticket.rateRange",
            new Object[] {TicketPages.RATING_SCALE},
            LocaleContextHolder.getLocale());
    return Forms.refuse(ApiException.badInput("score", detail), model, response);
  }

  private static final BigDecimal SCALE = BigDecimal.valueOf(TicketPages.RATING_SCALE);

  /** A number as written, or none (which the service names) when it is not one. */
  private static BigDecimal number(String text) {
    try {
      return text == null ? null : new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Now, as an instant the API reads: with its offset, to the microsecond. */
  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static String savedTo(String id, RedirectAttributes redirect) {
    redirect.addAttribute("id", id);
    redirect.addAttribute("saved", "");
    return "redirect:/tickets/{id}";
  }
}
