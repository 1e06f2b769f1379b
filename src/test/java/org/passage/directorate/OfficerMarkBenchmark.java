package org.passage.directorate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.PassageApplication;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An officer's "Save the mark" over real HTTP, as the browser does it: a signed-in session (Spring
 * Session in PostgreSQL), the POST of the mark with its CSRF token, and the GET of the case page it
 * redirects to. Each of {@code cases} cases (booked for today in Bursa, attended) gets {@code marks}
 * marks. Prints the first case page and mark of the JVM, then the median, 95th percentile and slowest
 * of the rest, and the CPU time the whole JVM (server and client) spent per mark, which a busy machine
 * disturbs less than the wall-clock time.
 *
 * <p>Run with {@code bench/mark.sh}; never part of the test suite. Settings (system properties):
 * {@code cases} (20), {@code marks} (4 per case).
 */
public final class OfficerMarkBenchmark {

    static final ProvinceCode BURSA = new ProvinceCode("16");
    static final String[] ITEMS = {"STUDENT_CERTIFICATE", "PASSPORT_COPY"};
    static final String[] MARKS = {"MISSING", "RECEIVED", "NOT_VALID"};
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private OfficerMarkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int caseCount = Integer.getInteger("cases", 20);
        int marksPerCase = Integer.getInteger("marks", 4);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PassageApplication.class)
                .run("--passage.data-dir=target/bench-mark-postgres", "--server.port=0", "--spring.main.banner-mode=off",
                        "--passage.scheduling.enabled=false", "--logging.level.root=WARN",
                        "--passage.notifications.poll-interval=1h")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            TestStaff staff = context.getBean(TestStaff.class);
            TestCases testCases = context.getBean(TestCases.class);
            StaffPrincipal officer = staff.officer(BURSA);
            List<ApplicationNumber> cases = new ArrayList<>();
            for (int i = 0; i < caseCount; i++) {
                cases.add(testCases.appointmentToday(BURSA));
            }
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String signIn = get(http, base + "/staff/sign-in").body();
            HttpResponse<String> signedIn = post(http, base + "/staff/sign-in", "username=" + officer.username()
                    + "&password=" + URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + csrf(signIn));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("the officer could not sign in: " + signedIn.statusCode());
            }

            List<Long> posts = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (ApplicationNumber number : cases) {
                String page = base + "/staff/officer/cases/" + number.value();
                long opened = System.nanoTime();
                String token = csrf(get(http, page).body());
                if (number == cases.getFirst()) {
                    System.out.printf("first case page of the JVM: %.0f ms%n", (System.nanoTime() - opened) / 1e6);
                }
                expect(post(http, page + "/attended", "_csrf=" + token), 302);
                for (int m = 0; m < marksPerCase; m++) {
                    String form = "mark=" + MARKS[m % MARKS.length] + "&_csrf=" + token;
                    long cpuBefore = os.getProcessCpuTime();
                    long began = System.nanoTime();
                    HttpResponse<String> saved = post(http, page + "/items/" + ITEMS[m % ITEMS.length], form);
                    long posted = System.nanoTime();
                    expect(saved, 302);
                    String location = saved.headers().firstValue("Location").orElseThrow();
                    HttpResponse<String> shown = get(http, URI.create(page).resolve(location).toString());
                    long done = System.nanoTime();
                    expect(shown, 200);
                    if (!shown.body().contains("data-mark=\"" + MARKS[m % MARKS.length] + "\"")) {
                        throw new IllegalStateException("the case page does not show the mark just saved");
                    }
                    posts.add(posted - began);
                    totals.add(done - began);
                    cpu.add(os.getProcessCpuTime() - cpuBefore);
                }
            }
            System.out.printf("first mark of the JVM: POST %.0f ms, POST + case page %.0f ms%n", posts.getFirst() / 1e6,
                    totals.getFirst() / 1e6);
            print("POST of the mark", posts.subList(1, posts.size()));
            print("POST + case page", totals.subList(1, totals.size()));
            print("CPU of the JVM", cpu.subList(1, cpu.size()));
        }
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        System.out.printf("%-18s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.getLast() / 1e6);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
