// Pledge's pages: htmx requests carry the CSRF token, and each running clock counts down to its
// breach_after instant every second (the server refreshes the figures every 30 seconds).
(function () {
  "use strict";

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : null;
  }

  document.addEventListener("htmx:configRequest", function (e) {
    var header = meta("_csrf_header");
    if (header) {
      e.detail.headers[header] = meta("_csrf");
    }
  });

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // Wall-clock time left until breach_after, as h:mm:ss after the whole days, which are written as
  // the page's language writes them (data-days: "{0}d {1}", "{0}天 {1}").
  function left(ms, daysFormat) {
    var s = Math.floor(ms / 1000);
    var days = Math.floor(s / 86400);
    var time = Math.floor((s % 86400) / 3600) + ":" + two(Math.floor((s % 3600) / 60)) + ":" + two(s % 60);
    if (days === 0) {
      return time;
    }
    return (daysFormat || "{0}d {1}").replace("{0}", days).replace("{1}", time);
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-breach-after]").forEach(function (el) {
      var ms = Date.parse(el.getAttribute("data-breach-after")) - now;
      el.textContent = ms > 0 ? left(ms, el.getAttribute("data-days")) : el.getAttribute("data-breached");
      el.classList.toggle("late", ms <= 0);
    });
  }

  document.addEventListener("DOMContentLoaded", tick);
  document.addEventListener("htmx:afterSwap", tick);
  setInterval(tick, 1000);
})();
