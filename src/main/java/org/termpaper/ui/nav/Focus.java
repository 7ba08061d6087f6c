package org.termpaper.ui.nav;

/** The pane that receives the movement keys: page list, article list of a page, article. */
public enum Focus {
  PAGES, ARTICLES, ARTICLE
}
