package dev.pledge.server.portal;

import dev.pledge.server.report.PeriodReports;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Period reports in the web UI: the HTML report {@code pledge evaluate --format html} prints, of
 * the guarantees the person may see — a customer user only its own organisation's; another
 * customer's report is answered exactly as one not stored (404).
 */
@Controller
class ReportPages {

  /** This month and the two before it, as the demo holds. */
  private static final int MONTHS = 3;

  private final PeriodReports reports;

  ReportPages(PeriodReports reports) {
    this.reports = reports;
  }

  @GetMapping("/reports")
  String reports(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    model.addAttribute("person", name);
    model.addAttribute("guarantees", reports.reportable(caller, MONTHS));
    return "portal/reports";
  }

  @GetMapping("/reports/{customer}/{guarantee}/{period}")
  ResponseEntity<String> report(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @PathVariable String customer,
      @PathVariable String guarantee,
      @PathVariable String period) {
    String html =
        reports.write(caller, customer, guarantee, period, null, PeriodReports.Format.HTML);
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
  }

  /** Unknown, or another customer's: the same page either way. */
  @ExceptionHandler(ApiException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(
      ApiException e,
      @AuthenticationPrincipal(expression = "displayName") String name,
      Model model) {
    if (e.status() != HttpStatus.NOT_FOUND && e.status() != HttpStatus.BAD_REQUEST) {
      throw e;
    }
    model.addAttribute("person", name);
    return "portal/not-found";
  }
}
