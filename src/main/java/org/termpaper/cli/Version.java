package org.termpaper.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** termpaper's version, written into the jar by the build. */
public final class Version implements IVersionProvider {
  private static final String VERSION = load();

  public static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"termpaper " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/org/termpaper/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String value = properties.getProperty("version", "dev");
      return value.startsWith("${") ? "dev" : value;
    } catch (IOException e) {
      return "dev";
    }
  }
}
