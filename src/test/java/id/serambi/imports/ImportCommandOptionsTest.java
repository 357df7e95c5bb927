package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportCommandOptionsTest {

    @Test
    void optionsAreReadWithASpaceOrAnEqualsSignAndTheLastPlainArgumentIsTheFile() {
        var spaced = ImportCommand.Options.parse("import", "--library", "lebak", "--preset", "slims", "--type", "1=umum",
                "--type=2=pelajar", "members.csv");
        var joined = ImportCommand.Options.parse("import", "--library=lebak", "--preset=slims", "members.csv");

        assertThat(spaced.required("library")).isEqualTo("lebak");
        assertThat(spaced.first("preset", "custom")).isEqualTo("slims");
        assertThat(spaced.all("type")).isEqualTo(List.of("1=umum", "2=pelajar"));
        assertThat(spaced.file()).isEqualTo(Path.of("members.csv"));
        assertThat(joined.required("library")).isEqualTo("lebak");
        assertThat(joined.first("lang", "id")).isEqualTo("id");
        assertThat(joined.file()).isEqualTo(Path.of("members.csv"));
    }

    @Test
    void aMissingLibraryFileOrValueIsToldWithTheUsage() {
        assertThatThrownBy(() -> ImportCommand.Options.parse("import", "--preset", "slims", "members.csv")
                .required("library")).hasMessageContaining("--library is required").hasMessageContaining("usage:");
        assertThatThrownBy(() -> ImportCommand.Options.parse("import", "--library", "lebak"))
                .hasMessageContaining("which file?");
        assertThatThrownBy(() -> ImportCommand.Options.parse("import", "members.csv", "--library"))
                .hasMessageContaining("--library needs a value");
    }
}
