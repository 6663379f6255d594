package org.newsdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionsTest {

    @TempDir
    Path dir;

    private Path version(Path models, String name) throws Exception {
        Path v = Files.createDirectories(models.resolve(name));
        Files.writeString(v.resolve(ModelStore.MANIFEST), "{}");
        return v;
    }

    @Test
    void plainFolderResolvesToItself() throws Exception {
        Path plain = version(dir, "plain");
        assertTrue(ModelVersions.isPlain(plain));
        assertFalse(ModelVersions.isVersioned(plain));
        assertEquals(plain, ModelVersions.resolve(plain));
        assertTrue(ModelVersions.isPlain(Path.of("models/default")), "the repository's models/default is plain");
        assertEquals(Path.of("models/default"), ModelVersions.resolve(Path.of("models/default")));
        assertThrows(IllegalArgumentException.class, () -> ModelVersions.setCurrent(plain, "v0001"));
    }

    @Test
    void versionedFolderResolvesToItsCurrentVersion() throws Exception {
        Path models = dir.resolve("news");
        assertEquals("v0001", ModelVersions.nextVersion(models));
        version(models, "v0001");
        version(models, "v0002");
        Files.createDirectories(models.resolve("v0003")); // incomplete: no manifest
        assertEquals(List.of("v0001", "v0002"), ModelVersions.versions(models));
        assertEquals("v0004", ModelVersions.nextVersion(models));
        ModelVersions.setCurrent(models, "v0002");
        assertTrue(ModelVersions.isVersioned(models));
        assertEquals(models.resolve("v0002"), ModelVersions.resolve(models));
        ModelVersions.setCurrent(models, "v0001");
        assertEquals("v0001", ModelVersions.current(models).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelVersions.setCurrent(models, "v0003"));
        assertTrue(e.getMessage().contains("versions: v0001, v0002"), e.getMessage());
        try (var files = Files.list(models)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void aCurrentFileNamingNoVersionIsAClearError() throws Exception {
        Path models = dir.resolve("broken");
        version(models, "v0001");
        Files.writeString(models.resolve(ModelVersions.CURRENT), "../elsewhere\n");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelVersions.resolve(models));
        assertTrue(e.getMessage().contains("names '../elsewhere', which is not a version"), e.getMessage());
    }
}
