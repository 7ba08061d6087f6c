package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvProxySelectorTest {
  private static String proxyOf(Map<String, String> env, String url) {
    return new EnvProxySelector(env).proxyFor(URI.create(url))
        .map(p -> p.host() + ":" + p.port()).orElse("direct");
  }

  @Test
  void httpAndHttpsHaveTheirOwnVariables() {
    Map<String, String> env = Map.of("http_proxy", "http://plain:3128",
        "HTTPS_PROXY", "secure:8443");
    assertThat(proxyOf(env, "http://epaper.example/node_1.htm")).isEqualTo("plain:3128");
    assertThat(proxyOf(env, "https://epaper.example/node_1.htm")).isEqualTo("secure:8443");
  }

  @Test
  void upperCaseHttpProxyIsIgnoredAsCurlDoes() {
    assertThat(proxyOf(Map.of("HTTP_PROXY", "evil:80"), "http://a.example/")).isEqualTo("direct");
  }

  @Test
  void allProxyIsTheFallbackAndThePortDefaultsTo1080() {
    assertThat(proxyOf(Map.of("all_proxy", "socks5://tunnel"), "https://a.example/"))
        .isEqualTo("tunnel:1080");
    assertThat(new EnvProxySelector(Map.of("all_proxy", "socks5://tunnel"))
        .select(URI.create("https://a.example/")).get(0).type()).isEqualTo(Proxy.Type.SOCKS);
  }

  @Test
  void noProxyMatchesHostsSubdomainsPortsAndStar() {
    Map<String, String> env = Map.of("http_proxy", "p:1", "no_proxy",
        "localhost, .example.org,intranet:8080");
    assertThat(proxyOf(env, "http://localhost/x")).isEqualTo("direct");
    assertThat(proxyOf(env, "http://epaper.example.org/x")).isEqualTo("direct");
    assertThat(proxyOf(env, "http://example.org/x")).isEqualTo("direct");
    assertThat(proxyOf(env, "http://notexample.org/x")).isEqualTo("p:1");
    assertThat(proxyOf(env, "http://intranet:8080/x")).isEqualTo("direct");
    assertThat(proxyOf(env, "http://intranet/x")).isEqualTo("p:1");
    assertThat(proxyOf(Map.of("http_proxy", "p:1", "NO_PROXY", "*"), "http://a/"))
        .isEqualTo("direct");
  }

  @Test
  void credentialsAreReadFromTheProxyUrl() {
    EnvProxySelector selector = new EnvProxySelector(
        Map.of("https_proxy", "http://reader:p%40ss@gate:8000"));
    assertThat(selector.withCredentials()).singleElement().satisfies(p -> {
      assertThat(p.user()).isEqualTo("reader");
      assertThat(p.password()).isEqualTo("p@ss");
      assertThat(p.host()).isEqualTo("gate");
    });
  }

  @Test
  void aMalformedProxyIsAnError() {
    assertThatThrownBy(() -> new EnvProxySelector(Map.of("http_proxy", "http://:nohost"))
        .withCredentials()).isInstanceOf(IllegalArgumentException.class);
  }
}
