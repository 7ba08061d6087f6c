package org.termpaper.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.termpaper.config.Config;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.TextCleaner;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code termpaper completion bash|zsh}: prints a script that completes termpaper's commands and
 * options, and after {@code --source} the names of {@link SourceNames}, as they are when it is
 * made. picocli writes the script; zsh runs the same one through its {@code bashcompinit}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a shell completion script for bash or zsh.")
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is for. */
  enum Shell { bash, zsh }

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    withSourceNames(root.getCommandSpec(), SourceNames.of(config()));
    main.out.print(AutoComplete.bash("termpaper", root));
    return 0;
  }

  /** The config; a broken one leaves its names out of the script, with a warning. */
  private Config config() {
    try {
      return main.app().config();
    } catch (TermpaperException e) {
      main.err.println("termpaper: warning: source names of the config left out: "
          + TextCleaner.line(e.getMessage()));
      return Config.empty();
    }
  }

  /** Gives every {@code --source} of {@code command} and its subcommands {@code names}. */
  private static void withSourceNames(CommandSpec command, List<String> names) {
    OptionSpec source = command.findOption("--source");
    if (source != null) {
      command.remove(source);
      command.addOption(OptionSpec.builder(source).completionCandidates(names).build());
    }
    command.subcommands().values().forEach(sub -> withSourceNames(sub.getCommandSpec(), names));
  }
}
