package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputCharsetTest {
  @Test
  void aLocaleThatCannotWriteChineseGetsUtf8() {
    assertThat(OutputCharset.of(null)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(OutputCharset.of("ANSI_X3.4-1968")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(OutputCharset.of("ISO-8859-1")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(OutputCharset.of("no-such-charset")).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aChineseLocaleKeepsItsCharsetWithGbkWidenedToGb18030() {
    assertThat(OutputCharset.of("GB18030").name()).isEqualTo("GB18030");
    assertThat(OutputCharset.of("GBK").name()).isEqualTo("GB18030");
    assertThat(OutputCharset.of("gb2312").name()).isEqualTo("GB18030");
    assertThat(OutputCharset.of("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
  }
}
