package dev.pledge.cli;

import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pledge check}: validates a guarantee file and summarises what it promises. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a guarantee file (format: docs/guarantee-format.md): every problem is listed with"
          + " its line and column, and the exit code is 2; a valid guarantee is summarised."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "GUARANTEE", description = "the guarantee file (YAML)")
  Path file;

  @Override
  public Integer call() {
    Guarantee g = load(file);
    PrintWriter out = spec.commandLine().getOut();
    out.println(g.id() + " v" + g.version() + " — " + g.title().in("en") + ": OK");
    out.println(
        "  zone "
            + g.zone()
            + ", valid "
            + g.valid().from()
            + g.valid().to().map(t -> " to " + t).orElse(" on"));
    g.effectiveFrom().ifPresent(d -> out.println("  effective from " + d));
    out.println("  " + g.commitments().size() + " commitments:");
    for (Commitment c : g.commitments()) {
      out.println("    " + c.id() + "  " + c.kind() + "  " + c.name().in("en"));
    }
    out.flush();
    return 0;
  }

  static Guarantee load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("GUARANTEE file '" + file + "' does not exist");
    }
    return GuaranteeFile.read(file);
  }
}
