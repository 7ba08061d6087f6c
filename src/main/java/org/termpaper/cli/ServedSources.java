package org.termpaper.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.termpaper.archive.Archive;
import org.termpaper.config.Config;
import org.termpaper.config.SourceConfig;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.serve.ServedSource;
import org.termpaper.source.EditionSource;
import org.termpaper.source.OfflineEditions;
import org.termpaper.source.SourceResolver;

/**
 * The sources {@code serve} serves, and their names: a configured source by its name; any
 * other location by the id of its paper, as the archive knows it or, failing that, as the
 * source itself says (which opens it). With no {@code --source}, every configured source, else
 * the default one (the bundled sample for a new user).
 */
final class ServedSources {
  private final AppContext app;

  ServedSources(AppContext app) {
    this.app = app;
  }

  List<ServedSource> of(List<String> specs) {
    List<ServedSource> served = new ArrayList<>();
    List<String> names = new ArrayList<>();
    SourceResolver resolver = app.resolver();
    for (String spec : new LinkedHashSet<>(specs.isEmpty() ? defaults() : strip(specs))) {
      String name = name(spec, resolver);
      if (names.contains(name)) {
        throw new TermpaperException("two sources to serve are both named '" + name + "'; "
            + "name one in the config ([sources.NAME]) and serve it by that name");
      }
      if (!ServedSource.isValidName(name)) {
        throw new TermpaperException("cannot serve " + spec + " as '" + name + "': a served "
            + "name is letters, digits, '.', '_' or '-'; name it in the config ([sources.NAME])");
      }
      names.add(name);
      served.add(new ServedSource(name, spec, resolver.location(spec)));
    }
    return served;
  }

  private List<String> defaults() {
    Config config = app.config();
    List<String> configured = config.sources().stream().map(SourceConfig::name).toList();
    return configured.isEmpty()
        ? List.of(config.defaultSource().orElse(SourceResolver.DEFAULT_SOURCE)) : configured;
  }

  private static List<String> strip(List<String> specs) {
    return specs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private String name(String spec, SourceResolver resolver) {
    if (app.config().source(spec).isPresent()) {
      return spec;
    }
    if (spec.startsWith(OfflineEditions.PREFIX)) {
      return spec.substring(OfflineEditions.PREFIX.length());
    }
    String location = resolver.location(spec);
    Archive archive = app.archive();
    Optional<Paper> known = archive.paperAt(location).or(() -> archive.paperNear(location));
    if (known.isPresent()) {
      return known.get().id();
    }
    try (EditionSource source = resolver.resolve(spec)) {
      return source.calendar().paper().id();
    } catch (TermpaperException e) {
      throw new TermpaperException("cannot serve " + spec + ": " + e.getMessage(), e);
    }
  }
}
