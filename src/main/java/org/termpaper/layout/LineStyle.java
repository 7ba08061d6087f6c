package org.termpaper.layout;

/** What a laid-out line is, so that a screen can draw it in its own style. */
public enum LineStyle {
  /** The line above the title (引题). */
  PRE_TITLE,
  /** The headline. */
  TITLE,
  /** The line below the title (副题). */
  SUBTITLE,
  /** The byline. */
  AUTHOR,
  /** Body text. */
  BODY,
  /** A subhead between paragraphs (小标题), set apart from the body (bold where it can be). */
  SUBHEAD,
  /** A figure's caption, set apart from the body. */
  CAPTION,
  /** An empty line between blocks. */
  BLANK,
  /** Something the reader should know that is not the article's text, such as why it is missing. */
  NOTICE
}
