package dev.pledge.server.access;

import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Role;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in to the web UI, as kept in the session: plain fields only, so the session can
 * be serialised. Web pages get the {@link Caller} with {@code AuthenticationPrincipal(expression =
 * "caller")} and see exactly what the same role's token sees.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer {

  private final String id;
  private final String email;
  private final String displayName;
  private final String locale;
  private final Role role;
  private final String organisation;
  private final boolean disabled;
  private String passwordHash;

  SignedInPerson(
      String id,
      String email,
      String displayName,
      String locale,
      Role role,
      String organisation,
      boolean disabled,
      String passwordHash) {
    this.id = id;
    this.email = email;
    this.displayName = displayName;
    this.locale = locale;
    this.role = role;
    this.organisation = organisation;
    this.disabled = disabled;
    this.passwordHash = passwordHash;
  }

  String id() {
    return id;
  }

  /** Who is asking, for the features: a customer user is confined to its organisation. */
  public Caller getCaller() {
    return new Caller("person:" + id, role, organisation, role == Role.CUSTOMER_USER);
  }

  public String getDisplayName() {
    return displayName;
  }

  /** The language the person reads the UI in: {@code zh-CN} or {@code en}. */
  public Locale getLocale() {
    return Locale.forLanguageTag(locale);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return !disabled;
  }

  /** The hash is needed only while signing in; it does not stay in the session. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
