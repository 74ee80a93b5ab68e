package fr.conciergeriesolidaire.functions.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Runs tasks at the same moment on 8 threads (released together by a latch), as concurrent requests would come. */
public final class Concurrently {
    private Concurrently() {}

    /** {@code count} tasks built from their index; their results in index order. */
    public static <T> List<T> run(int count, Function<Integer, Callable<T>> task) throws Exception {
        return runAll(IntStream.range(0, count).mapToObj(task::apply).toList());
    }

    public static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        return runAll(tasks, 8);
    }

    /** Each task on a thread of its own when {@code threads} is their number: all of them at once. */
    public static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
