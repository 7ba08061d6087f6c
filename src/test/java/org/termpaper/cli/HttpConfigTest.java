package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.config.DataDirs;
import org.termpaper.net.HttpSettings;

class HttpConfigTest {
  @TempDir
  Path dir;

  private HttpSettings settings(String toml) throws Exception {
    Files.writeString(dir.resolve("config.toml"), toml);
    DataDirs dirs = DataDirs.under(dir);
    return HttpConfig.settings(Config.load(dirs.configFile()), dirs,
        Map.of("https_proxy", "gate:8080"), "1.2", false);
  }

  @Test
  void withoutAnHttpTableTheDefaultsHold() throws Exception {
    HttpSettings http = settings("");

    assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(http.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(http.retries()).isEqualTo(3);
    assertThat(http.maxPerHost()).isEqualTo(4);
    assertThat(http.maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(http.userAgent()).startsWith("termpaper/1.2");
    assertThat(http.cacheDir()).isEqualTo(dir.resolve("cache"));
    assertThat(http.proxyEnv()).containsEntry("https_proxy", "gate:8080");
  }

  @Test
  void theHttpTableChangesTimeoutsRetriesAndSizes() throws Exception {
    HttpSettings http = settings("""
        [http]
        connect-timeout = 3
        read-timeout = 60
        deadline = 600
        retries = 0
        cache-size = 0
        max-size = 20
        """);

    assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(http.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(http.deadline()).isEqualTo(Duration.ofMinutes(10));
    assertThat(http.retries()).isZero();
    assertThat(http.cacheBytes()).isZero();
    assertThat(http.maxBytes()).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void aBadValueNamesItsKey() {
    assertThatThrownBy(() -> settings("[http]\nread-timeout = \"slow\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("[http] read-timeout must be a whole number");
    assertThatThrownBy(() -> settings("[http]\nretries = 99\n"))
        .hasMessageContaining("from 0 to 10");
  }
}
