package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.timescope.model.Dataset;
import org.timescope.model.Era;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.TimelineEvent;
import org.timescope.service.storage.Storage;
import org.timescope.service.storage.WriteSummary;

/**
 * Stores a whole {@link Dataset} in one transaction: every event and observation lands, or none does, and
 * the import is logged in the same transaction (see {@link ImportRecord}). Events already stored (same id)
 * are skipped, so importing a file twice adds nothing; organisations and themes must be known (declared in
 * the dataset or already stored); every quote must be a verbatim part of its source when its text is stored.
 */
public final class DatasetWriter {

    private final Database database;

    public DatasetWriter(Database database) {
        this.database = database;
    }

    /** Stores the dataset without logging it (the bundled dataset of a new collection). */
    public WriteSummary write(Dataset dataset) {
        return write(dataset, null).summary();
    }

    /** Stores the dataset and, when {@code log} is given and something was added, logs it as one import. */
    public Storage.Written write(Dataset dataset, Storage.ImportLog log) {
        return write(dataset, log, database.writerWait());
    }

    /** The write's outcome, thrown out of its transaction so that the transaction is rolled back. */
    private static final class TakenBack extends RuntimeException {
        final Storage.Written written;

        TakenBack(Storage.Written written) {
            super(null, null, false, false);
            this.written = written;
        }
    }

    /** What {@link #write} would store, with every check it makes; the transaction is then rolled back. */
    public Storage.Written trial(Dataset dataset, org.timescope.service.storage.WriterWait wait) {
        try {
            write(dataset, null, wait, true);
            throw new IllegalStateException("a trial write was kept"); // not reached: the work throws TakenBack
        } catch (TakenBack back) {
            return back.written;
        }
    }

    /** As above, waiting for another program's write as {@code wait} says. */
    public Storage.Written write(Dataset dataset, Storage.ImportLog log, org.timescope.service.storage.WriterWait wait) {
        return write(dataset, log, wait, false);
    }

    private Storage.Written write(Dataset dataset, Storage.ImportLog log, org.timescope.service.storage.WriterWait wait,
                                  boolean takeBack) {
        return database.inTransaction(wait, c -> {
            ImportRecord record = ImportRecord.start(c);
            VocabularyWriter vocabulary = new VocabularyWriter(c);
            vocabulary.themes(dataset.themes());
            vocabulary.organisations(dataset.organisations());
            vocabulary.places(dataset.places());
            vocabulary.sources(dataset.sources());
            EventWriter writer = new EventWriter(c, vocabulary.importing());
            int added = 0;
            for (TimelineEvent event : dataset.events()) {
                if (Names.byKey(c, "event", event.key()).isEmpty()) {
                    record.event(writer.insert(event, 0));
                    added++;
                }
            }
            int indicators = 0;
            for (Indicator indicator : dataset.indicators()) {
                if (insertIndicator(c, vocabulary, indicator)) {
                    indicators++;
                }
            }
            int eras = 0;
            for (Era era : dataset.eras()) {
                if (Names.byKey(c, "era", era.key()).isEmpty() && !EraRows.heldAs(c, era)) {
                    EraRows.insert(c, vocabulary.importing(), era, 0);
                    eras++;
                }
            }
            int links = 0;
            for (org.timescope.model.EventLink link : dataset.links()) {
                if (EventLinkRows.id(c, link.from(), link.kind(), link.to()).isEmpty()) {
                    EventLinkRows.insert(c, vocabulary.importing(), link, 0);
                    links++;
                }
            }
            WriteSummary summary = new WriteSummary(added, indicators, dataset.sources().size(),
                    dataset.events().size() - added, eras, links);
            if (takeBack) {
                throw new TakenBack(new Storage.Written(summary, 0));
            }
            long group = log == null || added + indicators + eras + links == 0 ? 0 : record.log(c, log);
            return new Storage.Written(summary, group);
        });
    }

    private boolean insertIndicator(Connection c, VocabularyWriter vocabulary, Indicator i) throws SQLException {
        String owner = "indicator '" + i.series() + "' " + i.period();
        long sourceId = vocabulary.sourceId(i.evidence().sourceKey(), owner);
        Evidence located = EvidenceCheck.locate(i.evidence(), vocabulary.sourceText(i.evidence().sourceKey()), owner);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM indicator WHERE series = ? AND period = ? "
                + "AND source_id = ? AND quote = ?")) {
            ps.setString(1, i.series());
            ps.setString(2, i.period().toString());
            ps.setLong(3, sourceId);
            ps.setString(4, located.quote());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false; // the same observation from the same source is already stored
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator(series, place, period, first_day, "
                + "last_day, value, unit, qualifier, note, source_id, quote, start_offset, end_offset) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, i.series());
            ps.setString(2, i.place());
            ps.setString(3, i.period().toString());
            ps.setLong(4, i.period().firstDay().toEpochDay());
            ps.setLong(5, i.period().lastDay().toEpochDay());
            ps.setDouble(6, i.value());
            ps.setString(7, i.unit());
            ps.setString(8, i.qualifier());
            ps.setString(9, i.note());
            ps.setLong(10, sourceId);
            ps.setString(11, located.quote());
            EventWriter.offset(ps, 12, located.start());
            EventWriter.offset(ps, 13, located.end());
            ps.executeUpdate();
        }
        return true;
    }
}
