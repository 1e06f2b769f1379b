package org.passage.appointments;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench's TPC-B-like transactions on the benchmark's own PostgreSQL server (a database
 * {@code pgbench} beside the application's), with the same number of clients as booking threads, for
 * the ratio "bookings per second : pgbench TPS" the performance target is stated in. Settings (system
 * properties): {@code pgbench} (the program, default {@code pgbench} on the PATH), {@code pgbench.scale}
 * (10), {@code pgbench.seconds} (15), {@code pgbench.runs} (3, the median is compared).
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private PgBench() {
    }

    static void compare(HikariDataSource dataSource, int clients, double bookingsPerSecond) throws Exception {
        String program = System.getProperty("pgbench", "pgbench");
        int scale = Integer.getInteger("pgbench.scale", 10);
        int seconds = Integer.getInteger("pgbench.seconds", 15);
        int runs = Integer.getInteger("pgbench.runs", 3);
        URI url = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS pgbench");
            statement.execute("CREATE DATABASE pgbench");
        } catch (SQLException e) {
            System.out.println("pgbench skipped: no database for it (" + e.getMessage() + ")");
            return;
        }
        List<String> connect = List.of("-h", url.getHost(), "-p", String.valueOf(url.getPort()), "-U",
                dataSource.getUsername());
        try {
            run(dataSource, program, connect, List.of("-i", "-q", "-s", String.valueOf(scale), "pgbench"));
        } catch (java.io.IOException e) {
            System.out.println("pgbench skipped: " + program + " could not be run (apt-get install postgresql-client)");
            return;
        }
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String out = run(dataSource, program, connect, List.of("-n", "-c", String.valueOf(clients), "-j",
                    String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                    String.valueOf(seconds), "pgbench"));
            Matcher tps = TPS.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("no TPS in pgbench's output:\n" + out);
            }
            rates.add(Double.parseDouble(tps.group(1)));
            System.out.printf("pgbench run %d: tpcb-like, %d clients, scale %d, %d s: %.0f TPS%n", run, clients, scale,
                    seconds, rates.getLast());
        }
        rates.sort(null);
        double median = rates.get(rates.size() / 2);
        System.out.printf("bookings %.0f/s : pgbench %.0f TPS (median, %d clients, same server) = %.1f%%%n",
                bookingsPerSecond, median, clients, 100 * bookingsPerSecond / median);
    }

    private static String run(HikariDataSource dataSource, String program, List<String> connect, List<String> args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(connect);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", dataSource.getPassword());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        return out;
    }
}
