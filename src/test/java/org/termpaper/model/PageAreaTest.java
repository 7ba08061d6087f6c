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
    Page page = new Page("01", null, null, null, List.of()).withImage("http://x/p.jpg",
        List.of(area));
    assertThat(page.area("a")).contains(area);
    assertThat(page.area("b")).isEmpty();
    assertThat(page.image()).isEqualTo("http://x/p.jpg");
    assertThat(new Page("01", null, null, null, List.of()).areas()).isEmpty();
    assertThatThrownBy(() -> page.withImage(null, List.of(area, area)))
        .hasMessageContaining("two areas for a");
  }
}
