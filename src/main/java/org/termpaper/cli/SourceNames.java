package org.termpaper.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.config.Config;
import org.termpaper.config.SourceConfig;
import org.termpaper.source.SourceResolver;

/**
 * The names {@code --source} completes to in a shell: those of every provider in
 * {@link #PROVIDERS}, in order, each once; another kind of name is one more entry in that list.
 * Only names a shell can hold as a plain word are kept: a completion script is shell code, and a
 * name in the config must never run as one.
 * Stateless.
 */
final class SourceNames {
  /** Letters, digits and {@code . _ : -}: a word the shell never expands. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

  /**
   * Where names come from, each given the user's config (which may be empty): the config's
   * sources, the catalogue's short names, the bundled sample.
   */
  static final List<Function<Config, List<String>>> PROVIDERS = List.of(
      config -> config.sources().stream().map(SourceConfig::name).toList(),
      config -> Catalogue.builtIn().entries().stream().map(CatalogueEntry::shortName).toList(),
      config -> List.of(SourceResolver.DEFAULT_SOURCE));

  private SourceNames() {}

  /** The names for {@code config}, plain words only, each once, in the providers' order. */
  static List<String> of(Config config) {
    Set<String> names = new LinkedHashSet<>();
    for (Function<Config, List<String>> provider : PROVIDERS) {
      provider.apply(config).stream().filter(name -> PLAIN.matcher(name).matches())
          .forEach(names::add);
    }
    return List.copyOf(names);
  }
}
