package org.timescope.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.timescope.TestData;
import org.timescope.model.Dataset;
import org.timescope.service.BundledDataset;

class NativeJsonTest {

    private static Dataset roundTrip(Dataset dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeJsonWriter.write(dataset, out);
        return NativeJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "round trip");
    }

    private static Dataset read(String json) {
        return NativeJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json");
    }

    @Test
    void writingAndReadingLosesNothing() throws Exception {
        Dataset small = TestData.small();
        assertThat(roundTrip(small)).isEqualTo(small);
        Dataset bundled = BundledDataset.load();
        assertThat(roundTrip(bundled)).isEqualTo(bundled);
    }

    @Test
    void readsTheDocumentedMinimalShape() {
        Dataset d = read("{\"events\":[{\"id\":\"a\",\"title\":\"Forum\",\"start\":\"2021-06\","
                + "\"organisations\":[\"WIPO\"],\"themes\":[\"Copyright\"],\"people\":[{\"name\":\"Ada\",\"role\":\"chair\"}],"
                + "\"sources\":[{\"sourceId\":\"s\",\"quote\":\"held\"}]}]}");
        assertThat(d.events()).hasSize(1);
        assertThat(d.events().get(0).when().start().toString()).isEqualTo("2021-06");
        assertThat(d.events().get(0).organisationNames()).containsExactly("WIPO");
        assertThat(d.events().get(0).evidence().get(0).hasOffsets()).isFalse();
    }

    @Test
    void aBadDateNamesTheFileTheFieldAndTheReason() {
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021\"},"
                + "{\"id\":\"b\",\"title\":\"T\",\"start\":\"June 2021\"}]}"))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("my.json: events[1].start: 'June 2021' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or "
                        + "YYYY-MM-DDTHH:MM[:SS][Z])");
    }

    @Test
    void missingFieldsAndWrongTypesAreNamed() {
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"start\":\"2021\"}]}"))
                .hasMessage("my.json: events[0].title: is missing");
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021\",\"themes\":\"x\"}]}"))
                .hasMessage("my.json: events[0].themes: expected a list");
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021\",\"approximate\":\"yes\"}]}"))
                .hasMessageContaining("events[0].approximate: expected true or false");
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021\",\"end\":\"2020\"}]}"))
                .hasMessageContaining("events[0].end: end 2020 is before start 2021");
    }

    @Test
    void aPrecisionThatContradictsTheDatesIsRefused() {
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021-06\",\"precision\":\"day\"}]}"))
                .hasMessageContaining("events[0].precision: 'day' does not match the dates, which are known to the month");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> read("{\"events\":[{\"id\":\"a\",\"title\":\"T\",\"start\":\"2021\"},"
                + "{\"id\":\"a\",\"title\":\"U\",\"start\":\"2022\"}]}"))
                .hasMessageContaining("events[1].id: 'a' is used by an earlier event too");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> read("{\n\"events\": [\n{\"id\": \"a\",,}\n]}"))
                .hasMessageStartingWith("my.json: read as Timescope JSON: line 3, column")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("")).hasMessage("my.json: the file is empty");
        assertThatThrownBy(() -> read("{\"format\":\"other\"}")).hasMessageContaining("is not a Timescope file");
    }
}
