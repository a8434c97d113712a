package org.timescope.service.storage;

import org.timescope.model.Dataset;
import org.timescope.model.Source;

/**
 * One open collection: reads through the stores, writes through edit sessions (one transaction each), a
 * dataset write or a bulk load. Opened by a {@link StorageProvider} from a location.
 */
public interface Storage extends AutoCloseable {

    /** Where the collection is, as the user named it (a file path, a database URL). */
    String location();

    /**
     * Whether writing {@code file} would overwrite what the collection is stored in (for a file-based engine: the
     * database file and the files beside it that belong to it). An export to such a file is refused.
     */
    default boolean storedIn(java.nio.file.Path file) {
        return false;
    }

    /** True when opening created the collection (it was not there before). */
    boolean created();

    /**
     * A number that every committed write to the collection raises, by this process or any other, in the same
     * transaction as the write: equal numbers mean nothing was written in between (decision 0037).
     */
    long generation();

    EventStore events();

    CatalogStore catalog();

    SavedViewStore savedViews();

    EraStore eras();

    EventLinkStore links();

    ChangeLog changes();

    /**
     * Stores a dataset in one transaction (events already stored are skipped) and, in the same transaction,
     * logs it as one {@code import} group whose change holds the {@link ImportMarks} to take it back.
     */
    default Written write(Dataset dataset, ImportLog log) {
        return write(dataset, log, WriterWait.standard());
    }

    /** As {@link #write(Dataset, ImportLog)}; while another program writes the collection, waits as {@code wait} says. */
    Written write(Dataset dataset, ImportLog log, WriterWait wait);

    /**
     * What {@link #write} would store, checked as it checks (names known, quotes verbatim, dates …), in a transaction
     * that is then taken back: nothing is kept and nothing is logged. A refusal is the one {@link #write} would give.
     */
    Written trial(Dataset dataset, WriterWait wait);

    /** What {@link #write} stored, and the change group that records it (0 when nothing was stored). */
    record Written(WriteSummary summary, long group) {
    }

    /** Who imported what, for the change log. */
    record ImportLog(String author, String summary, String file) {
    }

    /** A streaming load of many events in one transaction, citing {@code source}, logged as one import. */
    default BulkLoader bulk(Source source, String themeNote, int expected, ImportLog log) {
        return bulk(source, themeNote, expected, log, WriterWait.standard());
    }

    /** As above; the load starts once no other program writes the collection, waiting as {@code wait} says. */
    BulkLoader bulk(Source source, String themeNote, int expected, ImportLog log, WriterWait wait);

    /**
     * Runs several reads so that they see the collection at one moment: a write committed meanwhile (another
     * program's import) is seen by all of them or by none. Reads are each consistent on their own anyway.
     */
    default <T> T snapshot(java.util.function.Supplier<T> reads) {
        return reads.get();
    }

    /**
     * Runs one user action's writes in one transaction: all are committed, or none (and the exception passes).
     * Another program's write in progress is waited for, up to {@link WriterWait#DEFAULT_LIMIT}.
     */
    <T> T edit(Work<T> work);

    @FunctionalInterface
    interface Work<T> {
        T run(EditSession session);
    }

    @Override
    void close();
}
