package org.passage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicant's journey under load, through the balancer of {@code bench/cluster.sh}: each virtual
 * applicant (from an address of its own, sent as {@code X-Forwarded-For}) opens the pre-registration
 * form, pre-registers, reads its one-time code from the development mailbox's store, verifies it, opens
 * its application, looks up its status through the API and asks the anonymous assessment API. A failed
 * request (an error status or a broken connection) is retried once and counted. With {@code killAfter}
 * seconds, the first node of {@code NODE_PIDS} is killed with SIGKILL then. At the end every
 * acknowledged pre-registration (answered with its redirect) is looked for in the database.
 *
 * <p>Run with {@code bench/journey.sh}; never part of the test suite. System properties: {@code url},
 * {@code jdbc}, {@code users} (8), {@code seconds} (60), {@code killAfter} (none); env {@code NODE_PIDS}.
 */
public final class JourneyLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final String base;
    private final String jdbc;
    private final String assessment;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger journeys = new AtomicInteger();
    private final AtomicInteger failedJourneys = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();

    private JourneyLoad(String base, String jdbc, String assessment) {
        this.base = base;
        this.jdbc = jdbc;
        this.assessment = assessment;
    }

    public static void main(String[] args) throws Exception {
        String lua = Files.readString(Path.of("bench/assess.lua"));
        String body = lua.substring(lua.indexOf("[[") + 2, lua.indexOf("]]"));
        JourneyLoad load = new JourneyLoad(System.getProperty("url"), System.getProperty("jdbc"), body);
        int users = Integer.getInteger("users", 8);
        long seconds = Long.getLong("seconds", 60);
        long killAfter = Long.getLong("killAfter", -1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        load.journey();
                    }
                    return null;
                });
            }
            if (killAfter >= 0) {
                Thread.sleep(killAfter * 1000);
                String pid = System.getenv("NODE_PIDS").trim().split("\\s+")[0];
                new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
                System.out.printf("killed node pid %s (kill -9) after %d s%n", pid, killAfter);
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        load.report(elapsed);
    }

    private void journey() {
        int n = sequence.incrementAndGet();
        String address = "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
        String passport = "J" + ProcessHandle.current().pid() + "X" + n;
        String email = "journey-" + ProcessHandle.current().pid() + "-" + n + "@example.org";
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String form = call("form", client, get("/residence/apply/first", address), 200).body();
            LocalDate today = LocalDate.now();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", find(CSRF, form));
            fields.put("formToken", find(FORM_TOKEN, form));
            fields.put("givenNames", "Amina");
            fields.put("surname", "Haddad");
            fields.put("birthDate-day", "3");
            fields.put("birthDate-month", "4");
            fields.put("birthDate-year", "2001");
            fields.put("nationality", "SY");
            fields.put("passportNumber", passport);
            fields.put("passportExpiry-day", "1");
            fields.put("passportExpiry-month", "1");
            fields.put("passportExpiry-year", String.valueOf(today.getYear() + 3));
            fields.put("email", email);
            fields.put("mobile", "+905321234567");
            call("pre-register", client, post("/residence/apply/first", address, fields), 302);
            acknowledged.add(email);
            String code = code(email);
            String verifyPage = call("verify page", client, get("/residence/apply/verify", address), 200).body();
            call("verify code", client, post("/residence/apply/verify", address,
                    Map.of("_csrf", find(CSRF, verifyPage), "code", code)), 302);
            call("application page", client, get("/residence/application", address), 200);
            String number = number(email);
            call("status API", client, json("/api/v1/residence/status", address,
                    "{\"applicationNumber\":\"" + number + "\",\"passportNumber\":\"" + passport + "\"}"), 200);
            call("assessment API", client, json("/api/v1/assessments/residence-permit", address, assessment), 200);
            journeys.incrementAndGet();
        } catch (JourneyFailed e) {
            failedJourneys.incrementAndGet();
        }
    }

    /** One step: retried once after an error status or a broken connection; its time includes the retry. */
    private HttpResponse<String> call(String step, HttpClient client, HttpRequest request, int expected) {
        long t = System.nanoTime();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == expected) {
                    latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t);
                    return response;
                }
            } catch (IOException e) {
                // a broken connection: the balancer's node died mid-request
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (attempt == 0) {
                retries.incrementAndGet();
            }
        }
        errors.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        throw new JourneyFailed();
    }

    private String code(String email) {
        for (int i = 0; i < 150; i++) {
            String body = single("SELECT body FROM dev_mailbox_message WHERE address = ? ORDER BY received_at DESC LIMIT 1",
                    email);
            if (body != null) {
                Matcher m = CODE.matcher(body);
                if (m.find()) {
                    return m.group(1);
                }
            }
            sleep(200);
        }
        errors.computeIfAbsent("code e-mail", s -> new AtomicInteger()).incrementAndGet();
        throw new JourneyFailed();
    }

    private String number(String email) {
        String number = single("SELECT number FROM residence_application WHERE email = ?", email);
        if (number == null) {
            throw new JourneyFailed();
        }
        return number;
    }

    private String single(String sql, String parameter) {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest get(String path, String address) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest post(String path, String address, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
    }

    private HttpRequest json(String path, String address, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new JourneyFailed();
        }
        return m.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(double elapsed) {
        System.out.printf("%d journeys completed, %d failed, in %.0f s: %.2f journeys/s; %d requests retried once%n",
                journeys.get(), failedJourneys.get(), elapsed, journeys.get() / elapsed, retries.get());
        System.out.printf("%-18s %7s %8s %9s %9s %9s %7s%n", "step", "ok", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "errors");
        List<String> steps = new ArrayList<>(List.of("form", "pre-register", "verify page", "verify code",
                "application page", "status API", "assessment API"));
        errors.keySet().stream().filter(s -> !steps.contains(s)).forEach(steps::add);
        for (String step : steps) {
            long[] sorted = latencies.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            int failed = errors.getOrDefault(step, new AtomicInteger()).get();
            System.out.printf("%-18s %7d %8.2f %9.1f %9.1f %9.1f %7d%n", step, sorted.length, sorted.length / elapsed,
                    p(sorted, 50), p(sorted, 95), p(sorted, 99), failed);
        }
        int lost = 0;
        for (String email : acknowledged) {
            if (single("SELECT number FROM residence_application WHERE email = ?", email) == null) {
                lost++;
            }
        }
        System.out.printf("acknowledged pre-registrations: %d, missing from the database: %d%n", acknowledged.size(),
                lost);
    }

    private static double p(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static final class JourneyFailed extends RuntimeException {
        JourneyFailed() {
            super(null, null, false, false);
        }
    }
}
