package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a full disk's bare "No space left on device" did not say which file could not be written. The write
 * path of every output file ({@link AtomicFiles}, and the article body of {@code results.json}) goes through
 * {@link AtomicFiles#namingFailures}; here its failures are injected: the kernel's own ENOSPC from {@code /dev/full},
 * and a stream that fails like a full disk.
 */
class FullDiskMessageTest {

    @Test
    void theKernelsNoSpaceErrorNamesTheFile() throws Exception {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full (Linux)");
        try (OutputStream out = AtomicFiles.namingFailures(new FileOutputStream("/dev/full"), "/data/out/results.csv")) {
            IOException e = assertThrows(IOException.class, () -> {
                out.write(new byte[4096], 0, 4096);
                out.flush();
            });
            assertTrue(e.getMessage().startsWith("cannot write /data/out/results.csv: No space left on device"),
                    e.getMessage());
        } catch (IOException closing) {
            assertTrue(closing.getMessage().contains("/data/out/results.csv"), closing.getMessage());
        }
    }

    @Test
    void aFailingWriteOrFlushNamesTheFile() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        OutputStream out = AtomicFiles.namingFailures(full, "out/results.json");
        IOException e = assertThrows(IOException.class, () -> out.write(new byte[10], 0, 10));
        assertEquals("cannot write out/results.json: No space left on device", e.getMessage());
        IOException single = assertThrows(IOException.class, () -> out.write(1));
        assertEquals("cannot write out/results.json: No space left on device", single.getMessage());
    }
}
