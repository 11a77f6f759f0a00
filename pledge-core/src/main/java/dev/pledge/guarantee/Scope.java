package dev.pledge.guarantee;

import java.util.Set;

/**
 * Which tickets a commitment applies to; an empty set means all. Ticket types are {@code incident},
 * {@code request} and {@code complaint}.
 */
public record Scope(Set<String> services, Set<String> types, Set<String> severities) {

  public static final Scope ALL = new Scope(Set.of(), Set.of(), Set.of());

  public Scope {
    services = Set.copyOf(services);
    types = Set.copyOf(types);
    severities = Set.copyOf(severities);
  }

  public boolean matches(String service, String type, String severity) {
    return allows(services, service) && allows(types, type) && allows(severities, severity);
  }

  private static boolean allows(Set<String> allowed, String value) {
    return allowed.isEmpty() || (value != null && allowed.contains(value));
  }
}
