package org.passage.appointments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.passage.PassageApplication;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bookings per second under contention: {@code threads} threads book {@code bookings} submitted
 * applications into a few days of one directorate, through {@link Appointments#book} (lock of the
 * application, residence transition, notification in the outbox, conditional UPDATE of the day's row)
 * against the embedded PostgreSQL with fsync and synchronous commit on. A second round races for a
 * day with fewer places than bookings and checks that exactly its places were booked.
 *
 * <p>Run with {@code bench/bookings.sh}; never part of the test suite. Settings (system properties):
 * {@code threads} (8), {@code bookings} per round (1500), {@code rounds} (3), {@code days} (4). Each round
 * books fresh applications into fresh days; the median round is the figure to quote. Then pgbench's
 * TPC-B-like transactions run on the same server with as many clients ({@link PgBench}), and the
 * ratio of the two is printed.
 */
public final class BookingBenchmark {

    static final ProvinceCode ANTALYA = new ProvinceCode("07");

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("threads", 8);
        int bookings = Integer.getInteger("bookings", 1500);
        int rounds = Integer.getInteger("rounds", 3);
        int days = Integer.getInteger("days", 4);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PassageApplication.class)
                .run("--passage.data-dir=target/bench-postgres", "--server.port=0", "--spring.main.banner-mode=off",
                        "--passage.scheduling.enabled=false", "--logging.level.root=WARN",
                        "--passage.notifications.poll-interval=1h")) {
            TestApplications applications = context.getBean(TestApplications.class);
            Appointments appointments = context.getBean(Appointments.class);
            Directorates directorates = context.getBean(Directorates.class);

            List<LocalDate> free = directorates.places(ANTALYA, appointments.firstBookableDay(),
                    appointments.lastBookableDay()).stream().map(DayPlaces::date).toList();
            for (LocalDate day : free.subList(0, (rounds + 1) * days)) {
                directorates.setPlacesOn(ANTALYA, day, WeeklyCapacity.MAX);
            }
            LocalDate scarceDay = free.get((rounds + 1) * days);

            System.out.printf("Submitting %d applications...%n", bookings * (rounds + 1) + threads * 50);
            run(appointments, submitted(applications, bookings), free.subList(0, days), threads);
            List<Double> rates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<ApplicationNumber> numbers = submitted(applications, bookings);
                Result result = run(appointments, numbers, free.subList(round * days, (round + 1) * days), threads);
                double rate = result.booked() / result.seconds();
                rates.add(rate);
                System.out.printf("round %d: %d bookings by %d threads into %d days in %.1f s: %.0f bookings/s"
                        + " (%d full, %d failed)%n", round, result.booked(), threads, days, result.seconds(), rate,
                        result.full(), result.failed());
            }
            rates.sort(null);
            double median = rates.get(rates.size() / 2);
            System.out.printf("median: %.0f bookings/s%n", median);
            PgBench.compare(context.getBean(com.zaxxer.hikari.HikariDataSource.class), threads, median);
            List<ApplicationNumber> scarce = submitted(applications, threads * 50);

            int places = threads * 10;
            int booked = directorates.places(ANTALYA, scarceDay, scarceDay).getFirst().booked();
            directorates.setPlacesOn(ANTALYA, scarceDay, booked + places);
            Result race = run(appointments, scarce, List.of(scarceDay), threads);
            System.out.printf("%d attempts by %d threads at %d free places: %d booked, %d told full, %.0f attempts/s%n",
                    scarce.size(), threads, places, race.booked(), race.full(), scarce.size() / race.seconds());
            if (race.booked() != places || directorates.places(ANTALYA, scarceDay, scarceDay).getFirst().remaining() != 0) {
                throw new IllegalStateException("the scarce day was not booked exactly to its places");
            }
        }
    }

    record Result(int booked, int full, int failed, double seconds) {
    }

    private static Result run(Appointments appointments, List<ApplicationNumber> numbers, List<LocalDate> days,
            int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < numbers.size(); i = next.getAndIncrement()) {
                    ApplicationNumber number = numbers.get(i);
                    try {
                        appointments.book(number, ANTALYA, days.get(i % days.size()), Actor.applicant(number));
                        booked.incrementAndGet();
                    } catch (AppointmentFullException e) {
                        full.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0;
        pool.shutdown();
        return new Result(booked.get(), full.get(), failed.get(), seconds);
    }

    private static List<ApplicationNumber> submitted(TestApplications applications, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ApplicationNumber>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(pool.submit(() -> applications.submitStudent(ANTALYA)));
        }
        List<ApplicationNumber> numbers = new ArrayList<>();
        for (Future<ApplicationNumber> f : made) {
            numbers.add(f.get());
        }
        pool.shutdown();
        return numbers;
    }
}
