package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void resultsComeBackInInputOrderWhateverTheWorkers(int workers) throws Exception {
        List<String> out = new ArrayList<>();
        try (OrderedPipeline<Integer, String> p = new OrderedPipeline<>(workers, 2,
                slice -> slice.stream().map(i -> "r" + i).toList())) {
            List<Integer> chunk = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                chunk.add(i);
                if (chunk.size() == 37) {
                    p.submit(chunk, out::addAll);
                    chunk.clear();
                }
            }
            p.submit(chunk, out::addAll);
            p.finish(out::addAll);
        }
        assertEquals(IntStream.range(0, 1000).mapToObj(i -> "r" + i).toList(), out);
    }

    @Test
    void twoWorkersRunOnTwoThreadsOffTheCaller() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = new ArrayList<>();
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, 1, slice -> {
            threads.add(Thread.currentThread().getName());
            return slice;
        })) {
            for (int k = 0; k < 20; k++) {
                p.submit(List.of(1, 2, 3, 4), out::addAll);
            }
            p.finish(out::addAll);
        }
        assertEquals(80, out.size());
        assertTrue(threads.stream().allMatch(t -> t.startsWith("newsdesk-worker-")), threads.toString());
    }

    @Test
    void aFailingSliceFailsTheCallerNotSilently() throws Exception {
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, 1, slice -> {
            throw new IllegalArgumentException("boom");
        })) {
            p.submit(List.of(1, 2), r -> { });
            assertThrows(IllegalArgumentException.class, () -> p.finish(r -> { }));
        }
    }

    @Test
    void workThatLosesResultsIsCaught() throws Exception {
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(1, 1, slice -> List.of())) {
            assertThrows(IllegalStateException.class, () -> p.submit(List.of(1, 2), r -> { }));
        }
    }
}
