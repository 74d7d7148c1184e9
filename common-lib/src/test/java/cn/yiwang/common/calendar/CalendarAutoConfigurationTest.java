package cn.yiwang.common.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class));

    @TempDir
    Path operatorDirectory;

    @Test
    void everyServiceGetsTheShippedCalendar() {
        context.run(app -> assertThat(app.getBean(WorkingDayCalendar.class).years()).containsExactly(2025, 2026));
    }

    @Test
    void anOperatorFileAddingTwentyTwentySevenIsPickedUpWithoutARelease() throws IOException {
        Files.writeString(operatorDirectory.resolve("2027.txt"), """
                # published by the State Council in November 2026 (example data)
                year 2027
                off  2027-01-01
                off  2027-02-06..2027-02-12
                work 2027-02-14
                """);
        context.withPropertyValues("yiwang.calendar.location=" + operatorDirectory).run(app -> {
            WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
            assertThat(calendar.years()).containsExactly(2025, 2026, 2027);
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 14))).isTrue();
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        });
    }

    @Test
    void anOperatorYearReplacesTheShippedYearWhole() throws IOException {
        Path file = operatorDirectory.resolve("2026-corrected.txt");
        Files.writeString(file, "year 2026\noff 2026-01-01\n");
        context.withPropertyValues("yiwang.calendar.location=" + file).run(app -> {
            WorkingDayCalendar calendar = app.getBean(WorkingDayCalendar.class);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).as("2026's National Day rows are gone").isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 is still shipped data").isFalse();
        });
    }

    @Test
    void aBrokenOperatorFileStopsTheServiceNamingTheLine() throws IOException {
        Files.writeString(operatorDirectory.resolve("2027.txt"), "year 2027\noff 2027-02-30\n");
        context.withPropertyValues("yiwang.calendar.location=" + operatorDirectory).run(app ->
                assertThat(app).getFailure().rootCause().hasMessageContaining("2027.txt line 2"));
    }

    @Test
    void aServiceMayDeclareItsOwnCalendar() {
        WorkingDayCalendar own = new WorkingDayCalendar(java.util.Map.of());
        context.withBean(WorkingDayCalendar.class, () -> own).run(app ->
                assertThat(app.getBean(WorkingDayCalendar.class)).isSameAs(own));
    }
}
