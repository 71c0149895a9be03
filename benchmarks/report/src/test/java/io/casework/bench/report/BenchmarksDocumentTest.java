package io.casework.bench.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.casework.bench.report.BenchmarksDocument.END;
import static io.casework.bench.report.BenchmarksDocument.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarksDocumentTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("Only the text between the markers changes; the prose around them is kept exactly")
    void replacesBetweenMarkers() {
        String document = "# Benchmarks\n\nWhy the p99 is high.\n\n" + START + "\nold figures\n" + END
                + "\n\nMore prose.\n";
        assertThat(BenchmarksDocument.splice(document, "new figures\n")).isEqualTo("# Benchmarks\n\nWhy the p99 is"
                + " high.\n\n" + START + "\n\nnew figures\n\n" + END + "\n\nMore prose.\n");
    }

    @Test
    @DisplayName("Running twice gives the same document")
    void idempotent() {
        String once = BenchmarksDocument.splice("Prose.\n", "figures");
        assertThat(BenchmarksDocument.splice(once, "figures")).isEqualTo(once);
    }

    @Test
    @DisplayName("A document without markers gets them, with the section, at its end")
    void appendsMarkers() {
        assertThat(BenchmarksDocument.splice("# Benchmarks\nProse.", "figures"))
                .isEqualTo("# Benchmarks\nProse.\n\n" + START + "\n\nfigures\n\n" + END + "\n");
    }

    @Test
    @DisplayName("A lone or misplaced marker stops the report rather than guess where the section ends")
    void brokenMarkers() {
        assertThatThrownBy(() -> BenchmarksDocument.splice(START + "\nprose that must survive\n", "figures"))
                .hasMessageContaining("markers");
        assertThatThrownBy(() -> BenchmarksDocument.splice(END + "\n" + START + "\n", "figures"))
                .hasMessageContaining("markers");
        assertThatThrownBy(() -> BenchmarksDocument.splice(START + END + START + END, "figures"))
                .hasMessageContaining("more than one");
    }

    @Test
    @DisplayName("A missing document is created, with an intro saying the section is generated and not to be edited")
    void createsDocument() throws IOException {
        Path file = folder.resolve("docs/benchmarks.md");
        assertThat(new BenchmarksDocument(file).write("figures")).isTrue();
        String written = Files.readString(file);
        assertThat(written).startsWith("# Benchmarks\n").contains("must not be edited by hand")
                .endsWith(START + "\n\nfigures\n\n" + END + "\n");
        assertThat(new BenchmarksDocument(file).write("figures")).isFalse();
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    @DisplayName("Image links are relative to the document's folder, with forward slashes")
    void links() {
        BenchmarksDocument document = new BenchmarksDocument(folder.resolve("docs/benchmarks.md"));
        assertThat(document.linkTo(folder.resolve("docs/images/benchmarks/writes.png")))
                .isEqualTo("images/benchmarks/writes.png");
        assertThat(document.linkTo(folder.resolve("site/plots/writes.png"))).isEqualTo("../site/plots/writes.png");
        assertThat(document.linkTo(folder.resolve("docs/my images/writes.png"))).isEqualTo("my%20images/writes.png");
    }
}
