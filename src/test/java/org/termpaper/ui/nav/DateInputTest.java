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
  void readsMonthAndDayWithADashAndFullWidthDigits() {
    assertThat(DateInput.parse("10-28", 2026)).contains(LocalDate.of(2026, 10, 28));
    assertThat(DateInput.parse("１０２８", 2026)).contains(LocalDate.of(2026, 10, 28));
    assertThat(DateInput.parse("２０２６－１０－２８", 1999)).contains(LocalDate.of(2026, 10, 28));
    assertThat(DateInput.parse("20261028", 1999)).contains(LocalDate.of(2026, 10, 28));
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertThat(DateInput.parse("1332", 2022)).isEmpty();
    assertThat(DateInput.parse("2022-02-30", 2022)).isEmpty();
    assertThat(DateInput.parse("July 14", 2022)).isEmpty();
    assertThat(DateInput.parse("", 2022)).isEmpty();
  }
}
