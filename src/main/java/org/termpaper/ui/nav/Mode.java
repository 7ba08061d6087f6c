package org.termpaper.ui.nav;

/**
 * What the keys go to: the reading view, or one of the overlays and prompts above it, such as
 * the results of an all-issues search.
 */
public enum Mode {
  READING, HELP, CALENDAR, DATE_PROMPT, SEARCH_PROMPT, RESULTS, PICTURES, PAGE_IMAGE
}
