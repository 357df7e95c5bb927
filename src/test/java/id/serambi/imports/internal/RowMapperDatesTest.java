package id.serambi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RowMapperDatesTest {

    @Test
    void readsTheFormsOlderSystemsExport() {
        assertThat(RowMapper.parse("1990-07-15")).isEqualTo(LocalDate.of(1990, 7, 15));
        assertThat(RowMapper.parse("1990-07-15 08:30:00")).isEqualTo(LocalDate.of(1990, 7, 15));
        assertThat(RowMapper.parse("15/7/1990")).isEqualTo(LocalDate.of(1990, 7, 15));
        assertThat(RowMapper.parse("15-07-1990")).isEqualTo(LocalDate.of(1990, 7, 15));
        assertThat(RowMapper.parse("15.07.1990")).isEqualTo(LocalDate.of(1990, 7, 15));
    }

    @Test
    void aDateThatCouldBeMonthFirstIsReadAsDayFirstWithANotice() {
        RowMapper mapper = new RowMapper(new id.serambi.imports.ColumnMapping(id.serambi.imports.Preset.CUSTOM,
                java.util.Map.of(id.serambi.imports.Target.FULL_NAME, "nama", id.serambi.imports.Target.BIRTH_DATE,
                        "lahir", id.serambi.imports.Target.REGISTERED_ON, "daftar"), java.util.Map.of(), "umum"),
                java.util.List.of("nama", "lahir", "daftar"));
        id.serambi.membership.ImportedMember member = mapper.map(
                java.util.List.of("Budi", "03/04/1990", "25/12/2020")).member();
        assertThat(member.birthDate()).isEqualTo("1990-04-03");
        assertThat(member.readingWarnings()).containsExactly("imports.warning.dayMonth:03/04/1990 = 1990-04-03");
        assertThat(mapper.map(java.util.List.of("Budi", "1990-04-03", "2020-12-25")).member().readingWarnings())
                .isEmpty();
    }

    @Test
    void refusesDaysNoCalendarHas() {
        assertThat(RowMapper.parse("2023-02-29")).isNull();
        assertThat(RowMapper.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RowMapper.parse("1990-13-01")).isNull();
        assertThat(RowMapper.parse("1990-00-10")).isNull();
        assertThat(RowMapper.parse("31/02/1990")).isNull();
        assertThat(RowMapper.parse("1990-7-15")).isNull();
        assertThat(RowMapper.parse("kemarin")).isNull();
    }

    @Test
    void isoDatesReadQuicklyAsTheFormatterReadsThem() {
        Random random = new Random(20261127);
        for (int i = 0; i < 20_000; i++) {
            String text = "%04d-%02d-%02d".formatted(random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            LocalDate expected;
            try {
                expected = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertThat(RowMapper.parse(text)).as(text).isEqualTo(expected);
        }
    }
}
