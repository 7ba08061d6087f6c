package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** URLs and ids come out the same whatever the user's locale: digits ASCII, no dotless ı. */
class DefaultLocaleTest {
  private static final Locale EGYPT = Locale.forLanguageTag("ar-EG");
  private static final Locale TURKEY = Locale.forLanguageTag("tr-TR");

  private static <T> T under(Locale locale, Supplier<T> work) {
    Locale old = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return work.get();
    } finally {
      Locale.setDefault(old);
    }
  }

  @Test
  void aFrontPageUrlHasAsciiDigitsUnderAnArabicLocale() {
    UrlLayout urls = SiteProfiles.builtIn().get("founder-classic").urls();
    URI root = URI.create("http://e.example/lzcb/");
    URI front = under(EGYPT, () -> urls.frontPage(root, LocalDate.of(2022, 7, 4)));
    assertThat(front.toString()).startsWith("http://e.example/lzcb/html/2022-07/04/");
    URI period = under(EGYPT, () -> urls.period(root, YearMonth.of(2022, 7)).orElseThrow());
    assertThat(period.toString()).isEqualTo("http://e.example/lzcb/html/2022-07/period.xml");
  }

  @Test
  void aPaperIdHasNoDotlessIUnderATurkishLocale() {
    SiteProfile profile = SiteProfiles.builtIn().get("founder-classic");
    Site named = new Site(profile, URI.create("http://e.example/DAILY/"),
        URI.create("http://e.example/DAILY/html/2022-07/14/node_1.htm"), LocalDate.of(2022, 7, 14),
        UrlLayout.Role.PAGE);
    Site hostOnly = new Site(profile, URI.create("http://PRINT.EXAMPLE/"),
        URI.create("http://PRINT.EXAMPLE/html/2022-07/14/node_1.htm"), LocalDate.of(2022, 7, 14),
        UrlLayout.Role.PAGE);
    assertThat(under(TURKEY, named::paperId)).isEqualTo("daily");
    assertThat(under(TURKEY, hostOnly::paperId)).isEqualTo("print-example");
  }
}
