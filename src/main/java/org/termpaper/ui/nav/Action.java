package org.termpaper.ui.nav;

import java.util.List;

/**
 * What a key does in the reading view (DESIGN.md §3). Each action has the name a user writes in
 * the {@code [keys]} table of the config file and its default keys; adding an action is one
 * entry here and one case in {@link Reader}.
 */
public enum Action {
  NEXT_ARTICLE("next-article", "n"),
  PREVIOUS_ARTICLE("previous-article", "p"),
  PREVIOUS_HIT("previous-hit", "N"),
  NEXT_PAGE("next-page", "]"),
  PREVIOUS_PAGE("previous-page", "["),
  NEXT_ISSUE("next-issue", ">"),
  PREVIOUS_ISSUE("previous-issue", "<"),
  PAGE_IN_NEXT_ISSUE("page-in-next-issue", "}"),
  PAGE_IN_PREVIOUS_ISSUE("page-in-previous-issue", "{"),
  CALENDAR("calendar", "c"),
  GO_TO_DATE("go-to-date", "g"),
  FOCUS("focus", "Tab"),
  FOCUS_BACK("focus-back", "BackTab"),
  OPEN("open", "Enter"),
  LINE_UP("line-up", "Up", "k"),
  LINE_DOWN("line-down", "Down", "j"),
  SCREEN_UP("screen-up", "PageUp", "b"),
  SCREEN_DOWN("screen-down", "PageDown", "Space"),
  TOP("top", "Home"),
  BOTTOM("bottom", "End"),
  SEARCH("search", "/"),
  DOWNLOAD("download", "d"),
  READ_ALOUD("read-aloud", "a"),
  PICTURES("pictures", "i"),
  VIEWER("viewer", "o"),
  PAGE_IMAGE("page-image", "v"),
  HELP("help", "?"),
  BACK("back", "q", "Esc"),
  QUIT("quit", "Ctrl-C");

  private final String configName;
  private final List<String> defaultKeys;

  Action(String configName, String... defaultKeys) {
    this.configName = configName;
    this.defaultKeys = List.of(defaultKeys);
  }

  /** The name used in the config file's {@code [keys]} table, such as {@code next-article}. */
  public String configName() {
    return configName;
  }

  /** The keys bound to this action unless the config says otherwise. */
  public List<String> defaultKeys() {
    return defaultKeys;
  }
}
