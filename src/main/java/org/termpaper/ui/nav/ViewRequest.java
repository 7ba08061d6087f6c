package org.termpaper.ui.nav;

/**
 * The {@code o} key's request: a file to hand to the desktop's viewer. Immutable.
 *
 * @param url where the page PDF or the picture is
 * @param name the name to save it under, without extension, such as {@code sample-2026-11-04-01}
 */
public record ViewRequest(String url, String name) {
  public ViewRequest {
    if (url == null || url.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a view request needs a url and a name");
    }
  }
}
