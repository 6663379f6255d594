package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTargetOnCommit() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old", StandardCharsets.UTF_8);

        try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
            out.writer().write("new ünïcode");
            List<String> during = listing();
            assertEquals(2, during.size());
            String temp = during.stream().filter(n -> !n.equals("out.txt")).findFirst().orElseThrow();
            assertTrue(temp.startsWith(".") && temp.endsWith(".tmp"), temp);
            assertEquals("old", Files.readString(target));
            out.commit();
        }

        assertEquals("new ünïcode", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void leavesNoFileWhenWriterIsNotCommitted() throws Exception {
        Path target = dir.resolve("results.json");

        try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
            out.writer().write("partial");
        }

        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing());
    }

    @Test
    void leavesExistingTargetUntouchedWhenWritingFails() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old", StandardCharsets.UTF_8);

        assertThrows(IllegalStateException.class, () -> {
            try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
                out.writer().write("half written");
                throw new IllegalStateException("boom");
            }
        });

        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void deletesTempFileWhenTheMoveFails() throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("child"), "x");

        try (AtomicFiles.AtomicWriter out = AtomicFiles.open(target)) {
            out.writer().write("content");
            assertThrows(IOException.class, out::commit);
        }

        assertTrue(Files.isDirectory(target));
        assertEquals(List.of("taken"), listing());
    }

    @Test
    void writesBytesAndRefusesUseAfterCommit() throws Exception {
        Path target = dir.resolve("blob.bin");

        AtomicFiles.AtomicWriter out = AtomicFiles.open(target);
        try (OutputStream stream = out.outputStream()) {
            stream.write(new byte[] {1, 2, 3});
        }
        out.commit();
        out.close();

        assertEquals(3, Files.size(target));
        assertThrows(IllegalStateException.class, out::commit);
        assertThrows(IllegalStateException.class, out::writer);
    }

    @Test
    void writeStringConvenienceWritesUtf8() throws Exception {
        Path target = dir.resolve("s.txt");

        AtomicFiles.writeString(target, "é");

        assertEquals(2, Files.size(target));
    }
}
