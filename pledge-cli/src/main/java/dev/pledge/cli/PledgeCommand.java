package dev.pledge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pledge}: service guarantees measured exactly, offline on files. */
@Command(
    name = "pledge",
    mixinStandardHelpOptions = true,
    versionProvider = PledgeCommand.Version.class,
    description = "Service guarantees measured exactly. Works offline on files.",
    subcommands = {
      CheckCommand.class,
      EvaluateCommand.class,
      LetterCommand.class,
      CalendarCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the command ran but failed",
      "2:bad input (arguments or files)"
    })
public final class PledgeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PledgeCommand());
    cl.setExecutionExceptionHandler(new BadInputHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PledgeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"pledge " + (v == null ? "development build" : v)};
    }
  }
}
