package dev.pledge.server.guarantee;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import dev.pledge.server.system.ApiException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Guarantees as the other features see them: uploaded whole, read back parsed. */
@Service
public class GuaranteeService {

  /**
   * Where templates and calendar files would be found; unused, as {@link FileReferences} refuses
   * every guarantee that refers to a file before it is parsed.
   */
  private static final Path NO_FILES = Path.of("guarantee-files-are-not-served");

  private final Guarantees guarantees;
  private final Organisations organisations;
  private final Clock clock;

  GuaranteeService(Guarantees guarantees, Organisations organisations, Clock clock) {
    this.guarantees = guarantees;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** The outcome of an upload: the version stored, and whether it was new. */
  public record Upload(StoredGuarantee stored, boolean created) {}

  /**
   * Checks the YAML whole (every problem with its line and column, as {@code pledge check} reports
   * them) and stores it as a new version; nothing is stored if anything is wrong.
   */
  @Transactional
  public Upload upload(String id, String yaml) {
    FileReferences.refuse(yaml, id + ".yaml");
    Guarantee g = parse(id, yaml);
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
            clock.instant());
    guarantees.add(stored);
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

  public Optional<StoredGuarantee> latest(String id) {
    return guarantees.latest(id);
  }

  /** The latest version of each of the customer's guarantees, by id. */
  public List<StoredGuarantee> latestOf(String customerId) {
    return guarantees.latestOfCustomer(customerId);
  }

  public Optional<StoredGuarantee> version(String id, int version) {
    return guarantees.version(id, version);
  }

  /** Parses a stored or uploaded text; the source name is what messages call the file. */
  public static Guarantee parse(String id, String yaml) {
    return GuaranteeFile.parse(yaml, id + ".yaml", NO_FILES);
  }
}
