package dev.pledge.cli;

import dev.pledge.yaml.InvalidDefinitionException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns problems with the user's input into a message and exit code 2, and anything else into a
 * message and exit code 1; no stack trace reaches the user.
 */
final class BadInputHandler implements CommandLine.IExecutionExceptionHandler {

  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    CommandLine.Help.ColorScheme colors = commandLine.getColorScheme();
    if (e instanceof InvalidDefinitionException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException) {
      commandLine.getErr().println(colors.errorText("error: " + e.getMessage()));
      return BAD_INPUT;
    }
    commandLine.getErr().println(colors.errorText("failed: " + e));
    return FAILED;
  }
}
