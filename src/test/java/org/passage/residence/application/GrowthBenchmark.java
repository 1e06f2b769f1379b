package org.passage.residence.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import org.passage.PassageApplication;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.CaseQuery;
import org.passage.residence.PassportNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Latency of the queries that grow with the database, through the application's own code on a database
 * filled by {@code bench/growth/generate.sql}: the status lookup ({@link ApplicationStatuses#find}, with
 * every status section), the officer's queue ({@link Reviews#queue}: the default view, a state filter, a
 * permit-type filter, a search by passport and by application number), the university office's list
 * ({@link Applications#sharedWithUniversity}) and the missing-documents expiry job's query
 * ({@link Reviews#overdue}). Prints p50/p95/p99 per query, and with {@code explain=true} the
 * {@code EXPLAIN (ANALYZE, BUFFERS)} plan of one call of each.
 *
 * <p>Run with {@code bench/growth.sh}; never part of the test suite. System properties: {@code url}
 * (JDBC URL of the filled database), {@code mode} ({@code migrate}: start once so Flyway creates the
 * schema, then stop; {@code bench}), {@code iterations} per query (1000), {@code seconds} per query at
 * most (15), {@code explain}.
 */
public final class GrowthBenchmark {

    private GrowthBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("url");
        String mode = System.getProperty("mode", "bench");
        int iterations = Integer.getInteger("iterations", 1000);
        long budgetNanos = Long.getLong("seconds", 15) * 1_000_000_000L;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PassageApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + System.getProperty("user", "postgres"),
                        "--server.port=0", "--spring.main.banner-mode=off", "--passage.scheduling.enabled=false",
                        "--logging.level.root=WARN", "--passage.notifications.poll-interval=1h",
                        "--spring.flyway.enabled=" + "migrate".equals(mode))) {
            if ("migrate".equals(mode)) {
                return;
            }
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ApplicationStatuses statuses = context.getBean(ApplicationStatuses.class);
            Reviews reviews = context.getBean(Reviews.class);
            Applications applications = context.getBean(Applications.class);
            long total = jdbc.sql("SELECT count(*) FROM residence_application").query(Long.class).single();
            System.out.printf("%,d applications%n", total);

            // Parameters drawn once, outside the measured calls.
            Random random = new Random(42);
            List<String[]> submitted = jdbc.sql("""
                    SELECT number, passport_number FROM residence_application TABLESAMPLE BERNOULLI (5) REPEATABLE (7)
                    WHERE state <> 'DRAFT' LIMIT 2000""")
                    .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            List<String> universities = jdbc.sql("""
                    SELECT DISTINCT university FROM residence_application WHERE university IS NOT NULL""")
                    .query(String.class).list();
            // Officers' provinces in proportion to their cases: Istanbul, Ankara, Izmir, and any other.
            List<Set<ProvinceCode>> officers = List.of(Set.of(new ProvinceCode("34")), Set.of(new ProvinceCode("06")),
                    Set.of(new ProvinceCode("35")), Set.of(new ProvinceCode("07")), Set.of(new ProvinceCode("42")));
            LocalDate today = LocalDate.now();

            Query[] queries = {
                new Query("status lookup", () -> {
                    String[] p = submitted.get(random.nextInt(submitted.size()));
                    return statuses.find(new ApplicationNumber(p[0]), new PassportNumber(p[1]), Locale.ENGLISH)
                            .orElseThrow().sections().size();
                }),
                new Query("queue: waiting cases", () -> reviews.queue(new CaseQuery(
                        officers.get(random.nextInt(officers.size())), null, null, null, 50)).size()),
                new Query("queue: state filter", () -> reviews.queue(new CaseQuery(
                        officers.get(random.nextInt(officers.size())),
                        random.nextBoolean() ? ApplicationState.UNDER_REVIEW : ApplicationState.APPROVED, null, null,
                        50)).size()),
                new Query("queue: permit-type filter", () -> reviews.queue(new CaseQuery(
                        officers.get(random.nextInt(officers.size())), null, "FAMILY", null, 50)).size()),
                new Query("queue: search", () -> {
                    String[] p = submitted.get(random.nextInt(submitted.size()));
                    return reviews.queue(new CaseQuery(officers.get(random.nextInt(officers.size())), null, null,
                            random.nextBoolean() ? p[0] : p[1], 50)).size();
                }),
                new Query("university office list", () -> applications.sharedWithUniversity(
                        universities.get(random.nextInt(universities.size()))).size()),
                new Query("expiry job query", () -> reviews.overdue(today, 200).size()),
            };
            System.out.printf("%-28s %8s %10s %10s %10s %10s%n", "query", "calls", "p50 ms", "p95 ms", "p99 ms",
                    "rows/call");
            for (Query query : queries) {
                for (int i = 0; i < Math.min(100, iterations); i++) {
                    query.call().getAsInt();
                }
                long[] nanos = new long[iterations];
                long rows = 0;
                int done = 0;
                long started = System.nanoTime();
                while (done == 0 || done < iterations && System.nanoTime() - started < budgetNanos) {
                    long t = System.nanoTime();
                    rows += query.call().getAsInt();
                    nanos[done++] = System.nanoTime() - t;
                }
                long[] measured = Arrays.copyOf(nanos, done);
                Arrays.sort(measured);
                System.out.printf("%-28s %8d %10.2f %10.2f %10.2f %10.1f%n", query.name(), done,
                        percentile(measured, 50), percentile(measured, 95), percentile(measured, 99),
                        (double) rows / done);
            }
            if (Boolean.getBoolean("explain")) {
                explain(jdbc, submitted.getFirst(), universities, today);
            }
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** The plans of the statements the application runs, with representative parameters. */
    private static void explain(JdbcClient jdbc, String[] application, List<String> universities, LocalDate today) {
        String largest = jdbc.sql("""
                SELECT university FROM residence_application WHERE share_with_university AND state <> 'DRAFT'
                GROUP BY university ORDER BY count(*) DESC LIMIT 1""").query(String.class).single();
        List<String[]> statements = new ArrayList<>();
        statements.add(new String[] {"status lookup: the application",
            "SELECT * FROM residence_application WHERE number = '" + application[0] + "'"});
        statements.add(new String[] {"queue: waiting cases in Istanbul", """
                SELECT number, state, permit_type, given_names, surname, passport_number, appointment_date,
                    appointment_province
                FROM residence_application WHERE appointment_province IN ('34')
                AND state IN ('APPOINTMENT_BOOKED', 'UNDER_REVIEW', 'MISSING_DOCUMENTS')
                ORDER BY appointment_date, number LIMIT 50"""});
        statements.add(new String[] {"queue: approved cases in Istanbul", """
                SELECT number, state, permit_type, given_names, surname, passport_number, appointment_date,
                    appointment_province
                FROM residence_application WHERE appointment_province IN ('34') AND state = 'APPROVED'
                ORDER BY appointment_date, number LIMIT 50"""});
        statements.add(new String[] {"queue: waiting FAMILY cases in Istanbul", """
                SELECT number, state, permit_type, given_names, surname, passport_number, appointment_date,
                    appointment_province
                FROM residence_application WHERE appointment_province IN ('34')
                AND state IN ('APPOINTMENT_BOOKED', 'UNDER_REVIEW', 'MISSING_DOCUMENTS') AND permit_type = 'FAMILY'
                ORDER BY appointment_date, number LIMIT 50"""});
        statements.add(new String[] {"queue: search by passport", """
                SELECT number, state, permit_type, given_names, surname, passport_number, appointment_date,
                    appointment_province
                FROM residence_application WHERE appointment_province IN ('34')
                AND (number = '' OR passport_number = '%s') ORDER BY appointment_date, number LIMIT 50"""
                .formatted(application[1])});
        statements.add(new String[] {"university office list (largest university)", """
                SELECT number, given_names, surname, permit_type, state, submitted_at, appointment_date
                FROM residence_application
                WHERE share_with_university AND state <> 'DRAFT' AND lower(btrim(university)) = lower(btrim('%s'))
                ORDER BY surname, given_names, number""".formatted(largest)});
        statements.add(new String[] {"expiry job query", """
                SELECT a.number FROM residence_application a
                CROSS JOIN LATERAL (SELECT m.due_date FROM residence_missing_documents m
                    WHERE m.number = a.number AND m.completed_at IS NULL AND m.due_date < '%s'
                    ORDER BY m.requested_at DESC LIMIT 1) m
                WHERE a.state = 'MISSING_DOCUMENTS'
                ORDER BY m.due_date, a.number LIMIT 200""".formatted(today)});
        for (String[] statement : statements) {
            System.out.println();
            System.out.println("-- " + statement[0]);
            jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement[1]).query(String.class).list()
                    .forEach(System.out::println);
        }
    }

    private record Query(String name, IntSupplier call) {
    }
}
