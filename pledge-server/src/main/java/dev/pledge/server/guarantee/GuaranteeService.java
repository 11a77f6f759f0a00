package dev.pledge.server.guarantee;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.guarantee.Party;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.AfterCommit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.server.system.Texts;
import dev.pledge.yaml.Sources;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Guarantees as the other features see them: uploaded whole, read back parsed. */
@Service
public class GuaranteeService {

  private final Guarantees guarantees;
  private final Organisations organisations;
  private final SourceService sources;
  private final SourceFiles sourceFiles;
  private final Audit audit;
  private final Clock clock;

  /**
   * Stored versions never change, so each is parsed once; there are few (a version per customer and
   * change of terms), and tickets and reports read them all day.
   */
  private final Map<Version, Guarantee> parsed = new ConcurrentHashMap<>();

  private final Map<Version, StoredGuarantee> byVersion = new ConcurrentHashMap<>();

  private record Version(String id, int version) {}

  GuaranteeService(
      Guarantees guarantees,
      Organisations organisations,
      SourceService sources,
      SourceFiles sourceFiles,
      Audit audit,
      Clock clock) {
    this.guarantees = guarantees;
    this.organisations = organisations;
    this.sources = sources;
    this.sourceFiles = sourceFiles;
    this.audit = audit;
    this.clock = clock;
  }

  /** The outcome of an upload: the version stored, and whether it was new. */
  public record Upload(StoredGuarantee stored, boolean created) {}

  /**
   * Checks the YAML whole (every problem with its line and column, as {@code pledge check} reports
   * them) and stores it as a new version; nothing is stored if anything is wrong. A new version is
   * logged as {@code guarantee.upload}, with the latest version before it; the same text again
   * changes nothing and logs nothing.
   */
  @Transactional
  public Upload upload(String id, String yaml, Caller caller) {
    Map<String, String> used = new TreeMap<>();
    Guarantee g = GuaranteeFile.parse(yaml, id + ".yaml", sources.recording(used));
    if (!g.id().equals(id)) {
      throw ApiException.unprocessable(
          "id",
          "the path names guarantee '"
              + id
              + "' but the file's id is '"
              + g.id()
              + "'; PUT it to /api/guarantees/"
              + g.id());
    }
    fitsItsColumns(g);
    Optional<StoredGuarantee> same = guarantees.version(id, g.version());
    if (same.isPresent()) {
      return unchangedOrConflict(same.get(), yaml);
    }
    organisations.remember(g.provider(), "provider");
    g.customer().ifPresent(c -> organisations.remember(c, "customer"));
    Optional<StoredGuarantee> before = latest(id);
    before.ifPresent(latest -> notEarlier(g, latest));
    StoredGuarantee stored =
        new StoredGuarantee(
            id,
            g.version(),
            g.provider().id(),
            g.customer().map(c -> c.id()).orElse(null),
            yaml,
            g.effectiveFrom().orElse(null),
            clock.instant(),
            used);
    guarantees.add(stored);
    sourceFiles.recordUse(id, g.version(), used);
    audit.record(
        caller,
        stored.customerId(),
        "guarantee.upload",
        "guarantee",
        id,
        before.map(GuaranteeController.GuaranteeView::of).orElse(null),
        GuaranteeController.GuaranteeView.of(stored));
    return new Upload(stored, true);
  }

  /**
   * The guarantee's id and its parties' ids and names fit where they are stored; a party's id names
   * it in URLs ({@code /api/customers/{customer}}), so it must be one a path can carry.
   */
  private static void fitsItsColumns(Guarantee g) {
    Texts.fits("id", g.id(), 100);
    party("provider", g.provider());
    g.customer().ifPresent(c -> party("customer", c));
  }

  private static void party(String field, Party p) {
    Texts.pathSafe(field + ".id", Texts.fits(field + ".id", p.id(), 100));
    if (p.name() != null) {
      p.name().byLanguage().values().forEach(n -> Texts.fits(field + ".name", n, 500));
    }
  }

  /**
   * A new version takes effect no earlier than the latest stored one, so the versions in effect
   * follow one another in the order they are numbered.
   */
  private static void notEarlier(Guarantee g, StoredGuarantee latest) {
    LocalDate from = g.effectiveFrom().orElse(LocalDate.MIN);
    if (latest.effectiveFrom() == null || !from.isBefore(latest.effectiveFrom())) {
      return;
    }
    throw ApiException.badInput(
        "effective_from",
        "version "
            + g.version()
            + g.effectiveFrom().map(d -> " takes effect on " + d).orElse(" has no effective_from")
            + ", earlier than version "
            + latest.version()
            + ", which takes effect on "
            + latest.effectiveFrom()
            + "; give effective_from "
            + latest.effectiveFrom()
            + " or later");
  }

  private static Upload unchangedOrConflict(StoredGuarantee stored, String yaml) {
    if (stored.yaml().equals(yaml)) {
      return new Upload(stored, false);
    }
    throw ApiException.conflict(
        "version",
        "version "
            + stored.version()
            + " of guarantee '"
            + stored.id()
            + "' is already stored with a different text; raise 'version' to store a new one");
  }

  /** Stores a tier template as {@code PUT /api/templates/{name}} does. */
  public void storeTemplate(String name, String yaml, Caller caller) {
    sources.upload(SourceKind.TEMPLATE, name, yaml, caller);
  }

  /** Whether any guarantee is stored: a server's first start has none. */
  public boolean none() {
    return guarantees.none();
  }

  public Optional<StoredGuarantee> latest(String id) {
    return guarantees.latest(id).map(this::withSources);
  }

  /** The latest version of every guarantee, by customer and id. */
  public List<StoredGuarantee> latestOfAll() {
    return guarantees.latestOfAll();
  }

  /** The latest version of each of the customer's guarantees, by id. */
  public List<StoredGuarantee> latestOf(String customerId) {
    return guarantees.latestOfCustomer(customerId).stream().map(this::withSources).toList();
  }

  /** Every version of a guarantee, the latest first. */
  public List<StoredGuarantee> versions(String id) {
    return guarantees.versions(id).stream().map(this::withSourcesOnce).toList();
  }

  /**
   * The version in effect at {@code at}: the latest whose effective_from is on or before the local
   * date of {@code at} in its zone; none before the first takes effect.
   */
  public Optional<StoredGuarantee> inEffectAt(String id, Instant at) {
    return inEffectAt(versions(id), at);
  }

  /**
   * The version in effect at {@code at} among {@code versions}, as {@link #versions} reads them:
   * for work that picks one for many instants, such as an import.
   */
  public Optional<StoredGuarantee> inEffectAt(List<StoredGuarantee> versions, Instant at) {
    return versions.stream()
        .filter(v -> isInEffect(v, at.atZone(parse(v).zone()).toLocalDate()))
        .findFirst();
  }

  /** The version in effect on {@code date}, a local date in the guarantee's zone. */
  public Optional<StoredGuarantee> inEffectOn(String id, LocalDate date) {
    return guarantees.versions(id).stream()
        .filter(v -> isInEffect(v, date))
        .findFirst()
        .map(this::withSources);
  }

  /**
   * The version in effect on {@code date} among {@code versions}, as {@link #versions} reads them:
   * for work that picks one for many dates, such as the periods a report list offers.
   */
  public Optional<StoredGuarantee> inEffectOn(List<StoredGuarantee> versions, LocalDate date) {
    return versions.stream().filter(v -> isInEffect(v, date)).findFirst();
  }

  private static boolean isInEffect(StoredGuarantee v, LocalDate date) {
    return v.effectiveFrom() == null || !date.isBefore(v.effectiveFrom());
  }

  /**
   * From when a guarantee is in effect, for a request that falls before its first version takes
   * effect: {@code guarantee 'mail-2027' is in effect from 2027-01-01}.
   */
  public String inEffectFrom(String id) {
    List<StoredGuarantee> all = guarantees.versions(id);
    LocalDate first = all.isEmpty() ? null : all.get(all.size() - 1).effectiveFrom();
    return "guarantee '" + id + "' is in effect from " + (first == null ? "the beginning" : first);
  }

  /**
   * A stored version, read once: versions never change, and every event on a ticket needs its
   * version to evaluate the clocks again.
   */
  public Optional<StoredGuarantee> version(String id, int version) {
    Version key = new Version(id, version);
    StoredGuarantee known = byVersion.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    return guarantees.version(id, version).map(this::withSourcesOnce);
  }

  /** A stored version with the texts it was uploaded with, read from the database once. */
  private StoredGuarantee withSourcesOnce(StoredGuarantee g) {
    Version key = new Version(g.id(), g.version());
    StoredGuarantee known = byVersion.get(key);
    if (known != null) {
      return known;
    }
    StoredGuarantee read = withSources(g);
    // Kept once committed: a version rolled back with its upload must not be remembered.
    AfterCommit.run(() -> byVersion.put(key, read));
    return read;
  }

  /** The guarantee a stored version says, read with the texts it was uploaded with. */
  public Guarantee parse(StoredGuarantee stored) {
    return parsed.computeIfAbsent(
        new Version(stored.id(), stored.version()),
        key ->
            GuaranteeFile.parse(
                stored.yaml(),
                stored.id() + ".yaml",
                Sources.of(
                    stored.sources(),
                    "the texts version " + stored.version() + " was uploaded with")));
  }

  private StoredGuarantee withSources(StoredGuarantee g) {
    return g.withSources(sourceFiles.usedBy(g.id(), g.version()));
  }
}
