package org.termpaper.model;

/**
 * One block of an article's body, in reading order: a paragraph, a subhead (小标题) or a
 * figure. A closed set; every block is an immutable record.
 */
public sealed interface Block permits Block.Paragraph, Block.Subhead, Figure {

  /**
   * A paragraph of body text, without indent.
   *
   * @param text the paragraph; never blank
   */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Require.nonBlank(text, "paragraph.text");
    }
  }

  /**
   * A subhead between paragraphs (小标题), shown set apart from the text.
   *
   * @param text the subhead; never blank
   */
  record Subhead(String text) implements Block {
    public Subhead {
      Require.nonBlank(text, "subhead.text");
    }
  }
}
