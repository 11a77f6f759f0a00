package dev.pledge.server.portal;

import dev.pledge.server.report.PeriodReports;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Idempotency;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * customer's report is answered exactly as one not stored (404). The report's page shows it in a
 * frame under the pages' header, with the way back to the list; the frame holds the report as the
 * command line writes it, byte for byte.
 */
@Controller
class ReportPages {

  /** This month and the two before it, as the demo holds. */
  private static final int MONTHS = 3;

  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

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
  String report(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @AuthenticationPrincipal(expression = "displayName") String name,
      @PathVariable String customer,
      @PathVariable String guarantee,
      @PathVariable String period,
      Model model) {
    reports.check(caller, customer, guarantee, period);
    model.addAttribute("person", name);
    model.addAttribute("customer", customer);
    model.addAttribute("guarantee", guarantee);
    model.addAttribute("period", period);
    return "portal/report";
  }

  /** The report alone, for the report page's frame, or to print or save. */
  @GetMapping("/reports/{customer}/{guarantee}/{period}/html")
  ResponseEntity<String> html(
      @AuthenticationPrincipal(expression = "caller") Caller caller,
      @PathVariable String customer,
      @PathVariable String guarantee,
      @PathVariable String period) {
    String html =
        reports.write(caller, customer, guarantee, period, null, PeriodReports.Format.HTML);
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Content-Security-Policy", policy(html))
        .body(html);
  }

  /**
   * What the report needs, and no more: its own stylesheet (the writer's, never a customer's text),
   * allowed by its hash, without which it shows unstyled; no script, image, link or form; framed
   * only by Pledge's own report page (as the web chain's X-Frame-Options says too).
   */
  private static String policy(String html) {
    Matcher style = STYLE.matcher(html);
    String own = style.find() ? "'sha256-" + sha256(style.group(1)) + "'" : "'none'";
    return "default-src 'none'; style-src "
        + own
        + "; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";
  }

  /** Base64 SHA-256, as a policy's hash source writes it. */
  private static String sha256(String text) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Idempotency.sha256(text)));
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
