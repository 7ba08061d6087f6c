package org.termpaper.ui.nav;

/**
 * Where a search looks: the issue being read, or every archived issue of its paper. Tab in the
 * search prompt switches between them.
 */
public enum Scope {
  ISSUE, ALL;

  /** The other scope. */
  Scope other() {
    return this == ISSUE ? ALL : ISSUE;
  }
}
