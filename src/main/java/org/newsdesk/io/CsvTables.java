package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes small tables (evaluation reports) as RFC 4180 CSV, atomically. */
public final class CsvTables {

    private CsvTables() {
    }

    /**
     * Writes {@code rows} (the first is the header) to {@code target}; the file appears only when complete.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, List<List<String>> rows) throws IOException {
        try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
            try (CSVPrinter printer = new CSVPrinter(out.writer(), CSVFormat.RFC4180)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            out.commit();
        }
    }
}
