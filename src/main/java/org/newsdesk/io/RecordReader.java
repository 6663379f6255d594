package org.newsdesk.io;

import java.io.Closeable;
import org.newsdesk.core.ReadOutcome;

/** Reads the records of one input, one at a time; turns every problem into a {@link ReadOutcome.Failed}. */
interface RecordReader extends Closeable {

    /** A read outcome and where it came from (a file, or a file and line), for duplicate-id messages. */
    record Located(ReadOutcome outcome, String where) {
    }

    /** The next record, or null when the input is exhausted. Never throws for bad or unreadable input. */
    Located next();

    /** Releases the input; never throws. */
    @Override
    void close();
}
