package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {
  @Test
  void readsAFullDateWithOrWithoutDashes() {
    assertThat(DateInput.parse("2022-07-14", 1999)).contains(LocalDate.of(2022, 7, 14));
    assertThat(DateInput.parse(" 2022-7-4 ", 1999)).contains(LocalDate.of(2022, 7, 4));
    assertThat(DateInput.parse("20220714", 1999)).contains(LocalDate.of(2022, 7, 14));
  }

  @Test
  void readsMonthAndDayInTheGivenYear() {
    assertThat(DateInput.parse("0714", 2022)).contains(LocalDate.of(2022, 7, 14));
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertThat(DateInput.parse("1332", 2022)).isEmpty();
    assertThat(DateInput.parse("2022-02-30", 2022)).isEmpty();
    assertThat(DateInput.parse("July 14", 2022)).isEmpty();
    assertThat(DateInput.parse("", 2022)).isEmpty();
  }
}
