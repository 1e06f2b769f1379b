package org.passage.admissions.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;

/**
 * Sends one decision per application at the same moment, one thread each, and counts what came
 * back: admitted, refused for the expected reason, and anything else (which a test expects empty).
 */
final class ConcurrentDecisions {

    record Outcome(int decided, int refused, List<Throwable> unexpected) {
    }

    private ConcurrentDecisions() {
    }

    static Outcome decideAtOnce(AdmissionDesk desk, List<AdmissionNumber> numbers, Decision decision,
            Reason expectedRefusal) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(numbers.size());
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger decided = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        try {
            for (AdmissionNumber number : numbers) {
                running.add(threads.submit(() -> {
                    start.await();
                    try {
                        desk.decide(number, decision);
                        decided.incrementAndGet();
                    } catch (AdmissionRefusedException e) {
                        if (e.reason() == expectedRefusal) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(e);
                        }
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdown();
        }
        return new Outcome(decided.get(), refused.get(), List.copyOf(unexpected));
    }
}
