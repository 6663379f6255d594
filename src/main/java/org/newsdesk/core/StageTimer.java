package org.newsdesk.core;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures named stages of long work (training): per stage its wall time, the CPU time of the whole process (every
 * thread, ND4J's native ones included) and the process's peak resident memory when the stage ended (Linux
 * {@code VmHWM}; -1 where the platform does not say). Stages are measured one after the other, not nested. Not
 * thread-safe.
 */
public final class StageTimer {

    /**
     * One measured stage.
     *
     * @param name         what was done
     * @param wallSeconds  elapsed time
     * @param cpuSeconds   CPU time of the process during the stage (all threads; may exceed the wall time)
     * @param peakRssBytes the process's peak resident set size so far when the stage ended, -1 if unknown
     */
    public record Stage(String name, double wallSeconds, double cpuSeconds, long peakRssBytes) {

        /** As a JSON-ready map. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", name);
            m.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
            m.put("cpu_seconds", Math.round(cpuSeconds * 1000) / 1000.0);
            m.put("peak_rss_bytes", peakRssBytes);
            return m;
        }
    }

    private final List<Stage> stages = new ArrayList<>();
    private String name;
    private long wallStart;
    private long cpuStart;

    /**
     * Ends the running stage, if any, and starts one named {@code stageName}.
     */
    public void start(String stageName) {
        stop();
        name = stageName;
        wallStart = System.nanoTime();
        cpuStart = processCpuNanos();
    }

    /** Ends the running stage, if any, and records it. */
    public void stop() {
        if (name == null) {
            return;
        }
        long wall = System.nanoTime() - wallStart;
        long cpu = processCpuNanos() - cpuStart;
        stages.add(new Stage(name, wall / 1e9, cpu < 0 ? 0 : cpu / 1e9, peakRssBytes()));
        name = null;
    }

    /** The stages recorded so far, in order. */
    public List<Stage> stages() {
        return Collections.unmodifiableList(new ArrayList<>(stages));
    }

    /** CPU time of the whole process in nanoseconds, or the current thread's where the JVM does not say. */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The process's peak resident set size in bytes (Linux {@code VmHWM}), -1 if unknown. */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
