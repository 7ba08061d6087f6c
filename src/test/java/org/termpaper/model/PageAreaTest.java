package org.termpaper.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageAreaTest {
  @Test
  void aRectangleBecomesItsFourCornersInEitherOrder() {
    assertThat(PageArea.of("a", List.of(30, 40, 10, 20)).points())
        .containsExactly(10, 20, 30, 20, 30, 40, 10, 40);
    assertThat(PageArea.parse("a", "10,20,30,40")).isEqualTo(PageArea.of("a", List.of(10, 20,
        30, 40)));
  }

  @Test
  void aPolygonIsKeptAndWrittenAsItIsRead() {
    PageArea area = PageArea.parse("a", " 1, 2 ,3,4, 5,6 ,7.5,8 ");
    assertThat(area.points()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(PageArea.parse("a", area.coordinates())).isEqualTo(area);
  }

  @Test
  void badCoordinatesAreRefused() {
    assertThatThrownBy(() -> PageArea.parse("a", "1,2,3")).hasMessageContaining("3 to 512");
    assertThatThrownBy(() -> PageArea.parse("a", "1,2,x,4")).hasMessageContaining("bad number");
    assertThatThrownBy(() -> PageArea.parse("a", "-1,2,3,4")).hasMessageContaining("bad number");
    assertThatThrownBy(() -> PageArea.of("a", List.of(0, 0, 200_000, 5)))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> PageArea.parse("a", "1,".repeat(2000) + "1"))
        .hasMessageContaining("too many");
  }

  @Test
  void aPageFindsAnArticlesAreaAndRefusesTwoForOne() {
    PageArea area = PageArea.parse("a", "0,0,5,5");
    Page page = new Page("01", null, null, null, List.of())
        .withImage(new PageImage("http://x/p.jpg", List.of(area)));
    assertThat(page.area("a")).contains(area);
    assertThat(page.area("b")).isEmpty();
    assertThat(new Page("01", null, null, null, List.of()).area("a")).isEmpty();
    assertThatThrownBy(() -> new PageImage("http://x/p.jpg", List.of(area, area)))
        .hasMessageContaining("two areas for a");
    assertThatThrownBy(() -> new PageImage("http://x/p.jpg", 400, 0, List.of()))
        .hasMessageContaining("image size");
    assertThat(new PageImage("http://x/p.jpg", 400, 575, List.of()).hasSize()).isTrue();
  }

  @Test
  void theSizeOfAnAreaIsWhatItEncloses() {
    assertThat(PageArea.parse("a", "0,0,10,20").size()).isEqualTo(200);
    assertThat(PageArea.parse("a", "0,0,10,0,0,10").size()).isEqualTo(50);
  }

  @Test
  void longFractionsAsSitesWriteThemAreCutToThePixel() {
    assertThat(PageArea.parse("a", "1.617284,23.419945499999997,398.66,23.4,398.6,197.858")
        .points()).containsExactly(1, 23, 398, 23, 398, 197);
  }
}
