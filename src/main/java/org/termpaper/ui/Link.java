package org.termpaper.ui;

/** How the source being read reaches its paper, as the status line names it. */
enum Link {
  /** Over the network. */
  ONLINE("online"),
  /** A network source read with {@code --offline}: the archive only. */
  OFFLINE("offline"),
  /** On this machine: the bundled sample, files, folders, the archive. */
  LOCAL("local"),
  /** A network source whose network failed: what shows comes from the archive. */
  ARCHIVED("archived");

  private final String textKey;

  Link(String textKey) {
    this.textKey = textKey;
  }

  /** The key of this state's word in the UI texts. */
  String textKey() {
    return textKey;
  }

  static Link of(boolean networkSource, boolean offline) {
    if (offline) {
      return OFFLINE;
    }
    return networkSource ? ONLINE : LOCAL;
  }
}
