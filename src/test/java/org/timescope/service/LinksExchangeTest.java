package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.LinkKind;

/** Native JSON carries links between events: they import, export and import again unchanged; a bad one is refused. */
class LinksExchangeTest {

    @TempDir
    Path dir;

    private static final String FILE = """
            {"format": "timescope", "version": 1,
             "events": [
              {"id": "forum-2021", "title": "18th Shanghai IP Forum", "start": "2021-04-20",
               "sources": [{"sourceId": "s1", "quote": "18th forum"}]},
              {"id": "forum-2022", "title": "19th Shanghai IP Forum", "start": "2022-11-18",
               "sources": [{"sourceId": "s1", "quote": "19th forum"}]},
              {"id": "centre", "title": "IP Protection Center opens", "start": "2022-11-18"}
             ],
             "links": [
              {"from": "forum-2022", "to": "forum-2021", "kind": "series", "note": "a yearly forum",
               "sources": [{"sourceId": "s1", "quote": "the 19th forum followed the 18th forum"}]},
              {"from": "centre", "to": "forum-2022", "kind": "part-of"}
             ],
             "sources": [{"id": "s1", "title": "Forum report",
               "text": "The 18th forum was in 2021; the 19th forum followed the 18th forum a year later."}]}
            """;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void linksImportWithTheirEvidenceAndExportAndImportAgainUnchanged() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("a.db"), true)) {
            new ImportService(w).importFile(write("links.json", FILE), null, ImportOptions.DEFAULT);
            // offset 28: "The 18th forum was in 2021; " before the quote, counted by hand
            assertThat(w.links().all()).containsExactly(
                    new EventLink("forum-2022", "forum-2021", LinkKind.SERIES, "a yearly forum",
                            List.of(Evidence.at("s1", "the 19th forum followed the 18th forum", 28))),
                    new EventLink("centre", "forum-2022", LinkKind.PART_OF, null, List.of()));

            Path exported = dir.resolve("export.json");
            try (var out = Files.newOutputStream(exported)) {
                new ExportService(w).export(EventFilter.ALL, ExportFormat.JSON, out);
            }
            assertThat(Files.readString(exported)).contains("\"links\"").contains("\"kind\" : \"part-of\"");
            try (Workspace again = Workspace.open(dir.resolve("b.db"), true)) {
                new ImportService(again).importFile(exported, null, ImportOptions.DEFAULT);
                assertThat(again.links().all()).isEqualTo(w.links().all());
            }
        }
    }

    @Test
    void aLinkToAnEventTheFileDoesNotHaveIsRefusedInOneLineAndNothingIsStored() throws Exception {
        String bad = FILE.replace("{\"from\": \"centre\", \"to\": \"forum-2022\"", "{\"from\": \"centre\", \"to\": \"forum-2023\"");
        Path file = write("bad.json", bad);
        byte[] before = Files.readAllBytes(file);
        try (Workspace w = Workspace.open(dir.resolve("c.db"), true)) {
            assertThatThrownBy(() -> new ImportService(w).importFile(file, null, ImportOptions.DEFAULT))
                    .hasMessageEndingWith("bad.json: links[1].to: no event has the id 'forum-2023' in this file")
                    .message().doesNotContain("\n").doesNotContain("Exception");
            assertThat(w.events().count(EventFilter.ALL)).isZero();
            assertThat(w.links().all()).isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() throws Exception {
        Path file = write("kind.json", FILE.replace("\"kind\": \"part-of\"", "\"kind\": \"sequel\""));
        try (Workspace w = Workspace.open(dir.resolve("d.db"), true)) {
            assertThatThrownBy(() -> new ImportService(w).importFile(file, null, ImportOptions.DEFAULT))
                    .hasMessageContaining("kind.json: links[1].kind: 'sequel' is not a kind of link");
            assertThat(w.events().count(EventFilter.ALL)).isZero();
        }
    }
}
