package org.termpaper.model;

/**
 * A newspaper: its short id, its printed name and, where known, its home page. Immutable.
 *
 * @param id short identifier used in file names and the archive, such as {@code sample}
 * @param name the name as printed, such as {@code 示例晨报}
 * @param home the paper's home page, or null
 */
public record Paper(String id, String name, String home) {
  public Paper {
    Require.nonBlank(id, "paper.id");
    Require.nonBlank(name, "paper.name");
    home = Require.optional(home);
  }
}
