package dev.pledge.server.guarantee;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.server.audit.Audit;
import dev.pledge.server.system.AfterCommit;
import dev.pledge.server.system.ApiException;
import dev.pledge.server.system.Caller;
import dev.pledge.yaml.Sources;
import java.time.Clock;
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

  private final Map<Version, StoredGuarantee> versions = new ConcurrentHashMap<>();

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
    Optional<StoredGuarantee> same = guarantees.version(id, g.version());
    if (same.isPresent()) {
      return unchangedOrConflict(same.get(), yaml);
    }
    organisations.remember(g.provider(), "provider");
    g.customer().ifPresent(c -> organisations.remember(c, "customer"));
    StoredGuarantee stored =
        new StoredGuarantee(
            id,
            g.version(),
            g.provider().id(),
            g.customer().map(c -> c.id()).orElse(null),
            yaml,
            clock.instant(),
            used);
    Optional<StoredGuarantee> before = latest(id);
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

  /**
   * A stored version, read once: versions never change, and every event on a ticket needs its
   * version to evaluate the clocks again.
   */
  public Optional<StoredGuarantee> version(String id, int version) {
    Version key = new Version(id, version);
    StoredGuarantee known = versions.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<StoredGuarantee> found = guarantees.version(id, version).map(this::withSources);
    // Kept once committed: a version rolled back with its upload must not be remembered.
    found.ifPresent(g -> AfterCommit.run(() -> versions.put(key, g)));
    return found;
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
