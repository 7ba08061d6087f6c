package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.config.Config;
import org.termpaper.net.Fetcher;

/**
 * Every paper of the catalogue names a profile shipped in the jar and an address the Founder
 * source takes by itself: an index page or site root it follows, or a page or article its
 * profile recognises. Nothing is fetched.
 */
class CatalogueSitesTest {
  private final SiteProfiles shipped = SiteProfiles.builtIn();

  @Test
  void everyPaperNamesAShippedProfile() {
    assertThat(Catalogue.builtIn().entries()).allSatisfy(paper ->
        assertThat(shipped.all()).extracting(SiteProfile::name).as(paper.shortName())
            .contains(paper.profile()));
  }

  @Test
  void everyAddressIsOneTheFounderSourceRecognisesWithoutBeingTold() {
    assertThat(Catalogue.builtIn().entries()).allSatisfy(paper ->
        assertThat(FounderKind.claims(URI.create(paper.url()), shipped))
            .as("%s: %s", paper.shortName(), paper.url()).isTrue());
  }

  @Test
  void anAddressOfAPageOrArticleBelongsToTheProfileItNames() {
    for (CatalogueEntry paper : Catalogue.builtIn().entries()) {
      URI url = URI.create(paper.url());
      SiteLocator.recognise(url, shipped, null).ifPresent(site ->
          assertThat(site.profile().name()).as(paper.shortName()).isEqualTo(paper.profile()));
      SiteProfile named = shipped.get(paper.profile());
      assertThat(SiteLocator.recognise(url, shipped, named).isPresent())
          .as(paper.shortName())
          .isEqualTo(SiteLocator.recognise(url, shipped, null).isPresent());
    }
  }

  @Test
  void everyPaperOpensWithItsProfileAndNothingIsFetched() {
    try (Fetcher fetcher = Sites.fetcher()) {
      var context = Sites.context(fetcher, Config.empty());
      assertThat(Catalogue.builtIn().entries()).allSatisfy(paper ->
          assertThat(new FounderKind().open(paper.url(), paper.profile(), context))
              .as(paper.shortName()).isPresent());
    }
  }
}
