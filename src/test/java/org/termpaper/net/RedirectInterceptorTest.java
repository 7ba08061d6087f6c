package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RedirectInterceptorTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final OkHttpClient client = new OkHttpClient.Builder()
      .followRedirects(false)
      .addInterceptor(new RedirectInterceptor())
      .build();

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  private Response get(String path) throws IOException {
    return client.newCall(new Request.Builder().url(server.url(path)).build()).execute();
  }

  @Test
  void aChainOfRedirectsIsFollowedToItsEndRelativeLocationsToo() throws Exception {
    server.enqueue(redirect(301, "/b"));
    server.enqueue(redirect(302, "c"));
    server.enqueue(redirect(303, "/d?x=1"));
    server.enqueue(redirect(307, "/e"));
    server.enqueue(redirect(308, "/f"));
    server.enqueue(new MockResponse.Builder().body("end").build());

    try (Response response = get("/a")) {
      assertThat(response.body().string()).isEqualTo("end");
      assertThat(response.request().url().encodedPath()).isEqualTo("/f");
    }
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      RecordedRequest request = server.takeRequest();
      paths.append(request.getUrl().encodedPath()).append(' ');
    }
    assertThat(paths.toString().strip()).isEqualTo("/a /b /c /d /e /f");
  }

  @Test
  void twentyRedirectsAreFollowedAndTheTwentyFirstIsALoopOfOurOwnType() throws Exception {
    for (int i = 0; i < RedirectInterceptor.MAX_REDIRECTS; i++) {
      server.enqueue(redirect(302, "/next"));
    }
    server.enqueue(new MockResponse.Builder().body("there").build());
    try (Response response = get("/start")) {
      assertThat(response.body().string()).isEqualTo("there");
    }

    for (int i = 0; i < 30; i++) {
      server.enqueue(redirect(302, "/loop"));
    }
    int before = server.getRequestCount();
    assertThatThrownBy(() -> get("/loop"))
        .isInstanceOf(RedirectInterceptor.RedirectLoopException.class)
        .hasMessage("more than 20 redirects in a row");
    assertThat(server.getRequestCount() - before).isEqualTo(21);
  }

  @Test
  void aRedirectToAnotherSchemeOrWithoutALocationIsTheAnswer() throws Exception {
    server.enqueue(redirect(302, "file:///etc/passwd"));
    try (Response response = get("/file")) {
      assertThat(response.code()).isEqualTo(302);
    }
    server.enqueue(new MockResponse.Builder().code(301).build());
    try (Response response = get("/nowhere")) {
      assertThat(response.code()).isEqualTo(301);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
