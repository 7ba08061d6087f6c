package org.termpaper.serve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests sent byte for byte over a socket, as a hostile client would (no URL normalisation),
 * and the answer read whole. For tests.
 */
record RawHttp(int status, Map<String, String> headers, byte[] body) {

  /** {@code GET target} (or another method) with {@code extra} header lines. */
  static RawHttp send(int port, String method, String target, String... extra)
      throws IOException {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
    for (String header : extra) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    return exchange(port, request.toString().getBytes(StandardCharsets.UTF_8));
  }

  static RawHttp get(int port, String target, String... extra) throws IOException {
    return send(port, "GET", target, extra);
  }

  /** Sends {@code request} as it is and reads the answer until the server closes. */
  static RawHttp exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      // Shorter than the server's time to send a request: an answer held up by stalled
      // clients until that runs out fails here.
      socket.setSoTimeout((FeedServer.REQUEST_SECONDS - 5) * 1000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return parse(all.toByteArray());
    }
  }

  private static RawHttp parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new RawHttp(-1, Map.of(), bytes);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    return new RawHttp(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
