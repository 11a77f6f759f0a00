package dev.pledge.server.portal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for {@code /favicon.ico} whatever a page links, so every page would log a missing
 * icon: the answer leads to the SVG icon the layout links.
 */
@Controller
class Favicon {

  @GetMapping("/favicon.ico")
  ResponseEntity<Void> icon() {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create("/favicon.svg"))
        .build();
  }
}
