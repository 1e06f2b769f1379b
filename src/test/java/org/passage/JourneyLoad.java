package org.passage;

import java.io.ByteArrayOutputStream;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.documents.TestFiles;

/**
 * The whole journey under load, through the balancer of {@code bench/cluster.sh}.
 *
 * <p>Each virtual applicant (from an address of its own, sent as {@code X-Forwarded-For}) opens the
 * pre-registration form, pre-registers, reads its one-time code from the development mailbox's store,
 * verifies it, fills the application form page by page (a student in Izmir), uploads a passport copy,
 * submits, books an appointment in Izmir, pays through the payment simulator, looks up its status through
 * the API and asks the anonymous assessment API. Once booked, "the day comes": the driver moves the
 * appointment to today in the database (officers may record attendance only on or after the day), and
 * hands the case to the officers. Each virtual officer (an account made through the administration
 * pages, province 35) signs in once and works the queue: the queue page, a case, attendance, every
 * checklist item received, the approval.
 *
 * <p>A failed request (an unexpected status or a broken connection) is retried once and counted; a
 * second failure ends that journey. With {@code killAfter} seconds, the first node of {@code NODE_PIDS}
 * is killed with SIGKILL then. At the end every acknowledged pre-registration, submission, payment and
 * decision (answered with its redirect) is looked for in the database, the outbox is given a bounded
 * time to drain, and the job locks seen during the run are listed per node, before and after the kill.
 *
 * <p>Run with {@code bench/journey.sh}; never part of the test suite, never fails on speed. System
 * properties: {@code url}, {@code jdbc}, {@code users} (8), {@code officers} (2), {@code seconds} (60),
 * {@code killAfter} (none); env {@code NODE_PIDS}.
 */
public final class JourneyLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])\\b");
    private static final Pattern FORM_SLUG = Pattern.compile("/residence/application/form/([a-z-]+)$");
    private static final Pattern DAY = Pattern.compile("type=\"radio\" name=\"date\"[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern APPLICATION_ID = Pattern.compile("name=\"application\" value=\"([0-9A-Z]+)\"");
    private static final Pattern ACCRUAL = Pattern.compile("name=\"accrualNumber\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    /** Where the applicants live and book, and the officers work: Izmir chooses its own dates. */
    private static final String PROVINCE = "35";
    private static final String STAFF_PASSWORD = "harbour-lantern-quiet-2026";

    private static final List<String> APPLICANT_STEPS = List.of("form", "pre-register", "code e-mail", "verify page",
            "verify code", "application page", "form page", "form answer", "check page", "documents page", "upload",
            "submit", "appointment page", "book", "payment page", "pay", "simulator page", "simulator pay",
            "status API", "assessment API");
    private static final List<String> OFFICER_STEPS = List.of("officer sign-in", "queue", "case page", "attended",
            "documents marked", "decision");

    private final String base;
    private final String jdbc;
    private final String assessment;
    private final long started = System.nanoTime();
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> retriesPerStep = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger unexpected = new AtomicInteger();
    /** Measured requests sent and not yet answered, over all nodes. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger journeys = new AtomicInteger();
    private final AtomicInteger failedJourneys = new AtomicInteger();
    private final AtomicInteger casesDecided = new AtomicInteger();
    /** Journeys (applicants' and officers' cases) by the retries they needed. */
    private final Map<Integer, AtomicInteger> retriesPerJourney = new ConcurrentHashMap<>();
    private final Set<String> preRegistered = ConcurrentHashMap.newKeySet();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final Set<String> paid = ConcurrentHashMap.newKeySet();
    private final Set<String> decided = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> dayHasCome = new LinkedBlockingQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Job lock rows seen during the run: name → "locked_by locked_at" → seconds into the run when first seen. */
    private final Map<String, Map<String, Double>> lockRuns = new ConcurrentHashMap<>();
    private final AtomicLong killedAtNanos = new AtomicLong(-1);
    private final List<String> officers = new ArrayList<>();

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
        int officerCount = Integer.getInteger("officers", 2);
        long seconds = Long.getLong("seconds", 60);
        long killAfter = Long.getLong("killAfter", -1);
        load.makeOfficers(officerCount);
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        load.journey();
                    }
                    return null;
                });
            }
            for (String officer : load.officers) {
                pool.submit(() -> {
                    load.officer(officer, end);
                    return null;
                });
            }
            pool.submit(() -> {
                load.watchLocks(end + 5_000_000_000L);
                return null;
            });
            if (killAfter >= 0) {
                Thread.sleep(killAfter * 1000);
                String pid = System.getenv("NODE_PIDS").trim().split("\\s+")[0];
                load.killedAtNanos.set(System.nanoTime());
                int inFlight = load.inFlight.get();
                new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
                System.out.printf("killed node 1 (pid %s, kill -9) after %d s, with %d requests in flight over the "
                        + "three nodes; locks then: %s%n", pid, killAfter, inFlight, load.locksNow());
            }
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        load.report(elapsed);
    }

    // ---- applicants ----

    private void journey() {
        int n = sequence.incrementAndGet();
        // Public (benchmarking) addresses: the nodes trust X-Forwarded-For only from loopback and private ones.
        User user = new User("198.18." + (ProcessHandle.current().pid() + n / 250) % 250 + "." + (n % 250 + 1));
        String passport = "J" + ProcessHandle.current().pid() + "X" + n;
        String email = "journey-" + ProcessHandle.current().pid() + "-" + n + "@example.org";
        try {
            String form = call("form", user, get("/residence/apply/first", user), 200).body();
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
            call("pre-register", user, post("/residence/apply/first", user, fields), 302);
            preRegistered.add(email);
            String code = code(email);
            String verifyPage = call("verify page", user, get("/residence/apply/verify", user), 200).body();
            call("verify code", user, post("/residence/apply/verify", user,
                    Map.of("_csrf", find(CSRF, verifyPage), "code", code)), 302);
            String overview = call("application page", user, get("/residence/application", user), 200).body();
            String number = find(NUMBER, overview);

            fillTheForm(user, today);
            String check = call("check page", user, get("/residence/application/check", user), 200).body();
            String documents = call("documents page", user, get("/residence/application/documents", user), 200)
                    .body();
            call("upload", user, upload("/residence/application/documents/PASSPORT_COPY", user, find(CSRF, documents),
                    "passport.pdf", TestFiles.pdf()), 302);
            String next = location(call("submit", user, post("/residence/application/submit", user,
                    Map.of("_csrf", find(CSRF, check), "withoutDocuments", "YES")), 302));
            if (!next.endsWith("/residence/application/submitted")) {
                throw failed("submit", "answered with a redirect to " + next);
            }
            submitted.add(number.replace("-", ""));

            String applicationId = book(user);
            pay(user);
            call("status API", user, json("/api/v1/residence/status", user,
                    "{\"applicationNumber\":\"" + number + "\",\"passportNumber\":\"" + passport + "\"}"), 200);
            call("assessment API", user, json("/api/v1/assessments/residence-permit", user, assessment), 200);
            theDayHasCome(applicationId);
            journeys.incrementAndGet();
        } catch (JourneyFailed e) {
            failedJourneys.incrementAndGet();
        } finally {
            retriesPerJourney.computeIfAbsent(user.retries, r -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The application form, page by page as the server leads (at most 16 pages), to the check page. */
    private void fillTheForm(User user, LocalDate today) {
        LocalDate enrolled = today.minusMonths(2);
        Map<String, Map<String, String>> answers = Map.of(
                "kind", Map.of("applicationKind", "FIRST"),
                "permit", Map.of("permitType", "STUDENT"),
                "study-level", Map.of("studyLevel", "BACHELOR"),
                "applicant", Map.of("birthDate-day", "3", "birthDate-month", "4", "birthDate-year", "2001",
                        "nationality", "SY", "maritalStatus", "SINGLE", "accommodation", "DORMITORY",
                        "healthInsurance", "PRIVATE"),
                "study", Map.of("enrolment", "REGULAR", "enrolmentDate-day", String.valueOf(enrolled.getDayOfMonth()),
                        "enrolmentDate-month", String.valueOf(enrolled.getMonthValue()),
                        "enrolmentDate-year", String.valueOf(enrolled.getYear()), "repeatYear", "NO"),
                "stay", Map.of("requestedMonths", "12"),
                "address", Map.of("addressProvince", PROVINCE, "addressDistrict", "Konak",
                        "addressLine", "Alsancak Mah. Kıbrıs Şehitleri Cd. 12/3"),
                "role", Map.of("applicantRole", "SELF"),
                "university", Map.of("university", "Ege University", "shareWithUniversity", "YES"));
        String next = location(call("form page", user, get("/residence/application/form", user), 302));
        for (int page = 0; page < 16; page++) {
            Matcher slug = FORM_SLUG.matcher(next);
            if (!slug.find()) {
                if (next.endsWith("/residence/application/check")) {
                    return;
                }
                throw failed("form page", "led to " + next);
            }
            Map<String, String> asked = answers.get(slug.group(1));
            if (asked == null) {
                throw failed("form page", "asked an unknown page " + slug.group(1));
            }
            String html = call("form page", user, get(next, user), 200).body();
            Map<String, String> fields = new LinkedHashMap<>(inputs(html));
            fields.putAll(asked);
            next = location(call("form answer", user, post(next, user, fields), 302));
        }
        throw failed("form page", "more than 16 pages");
    }

    /** Books one of the first free days in Izmir (another one when a day is taken meanwhile); the application's id. */
    private String book(User user) {
        for (int attempt = 0; attempt < 3; attempt++) {
            String page = call("appointment page", user, get("/appointments?province=" + PROVINCE, user), 200).body();
            List<String> days = new ArrayList<>();
            Matcher m = DAY.matcher(page);
            while (m.find() && days.size() < 10) {
                days.add(m.group(1));
            }
            if (days.isEmpty()) {
                throw failed("book", "no free day in Izmir");
            }
            String applicationId = find(APPLICATION_ID, page);
            String day = days.get(ThreadLocalRandom.current().nextInt(days.size()));
            HttpResponse<String> booked = call("book", user, post("/appointments", user, Map.of("_csrf",
                    find(CSRF, page), "application", applicationId, "province", PROVINCE, "date", day)), 302, 409);
            if (booked.statusCode() == 302) {
                return applicationId;
            }
        }
        throw failed("book", "three days taken one after the other");
    }

    /** Pays the fee through the payment simulator with its succeeding card. */
    private void pay(User user) {
        String page = call("payment page", user, get("/payments", user), 200).body();
        String accrual = find(ACCRUAL, page);
        String simulator = location(call("pay", user, post("/payments/pay", user,
                Map.of("_csrf", find(CSRF, page), "accrualNumber", accrual)), 302));
        String form = call("simulator page", user, get(simulator, user), 200).body();
        String back = location(call("simulator pay", user, post(simulator, user, Map.of("_csrf", find(CSRF, form),
                "cardNumber", "4111 1111 1111 1111", "expiry", "12/39", "securityCode", "123")), 302));
        if (!back.endsWith("/payments?outcome=paid")) {
            throw failed("simulator pay", "came back to " + back);
        }
        paid.add(accrual.replace("-", "").replace(" ", ""));
    }

    /** Officers record attendance only on or after the appointment's day: the driver moves it to today. */
    private void theDayHasCome(String applicationId) {
        try (Connection c = connection();
                PreparedStatement appointment = c.prepareStatement(
                        "UPDATE appointment SET day = current_date WHERE number = ? AND status = 'BOOKED'");
                PreparedStatement application = c.prepareStatement(
                        "UPDATE residence_application SET appointment_date = current_date WHERE number = ?")) {
            appointment.setString(1, applicationId);
            appointment.executeUpdate();
            application.setString(1, applicationId);
            application.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        dayHasCome.add(applicationId);
    }

    private String code(String email) {
        long t = System.nanoTime();
        for (int i = 0; i < 150; i++) {
            String body = single("SELECT body FROM dev_mailbox_message WHERE address = ? ORDER BY received_at DESC LIMIT 1",
                    email);
            if (body != null) {
                Matcher m = CODE.matcher(body);
                if (m.find()) {
                    latencies.computeIfAbsent("code e-mail", s -> new ConcurrentLinkedQueue<>())
                            .add(System.nanoTime() - t);
                    return m.group(1);
                }
            }
            sleep(200);
        }
        errors.computeIfAbsent("code e-mail", s -> new AtomicInteger()).incrementAndGet();
        throw new JourneyFailed();
    }

    // ---- officers ----

    /** Signs in as the administrator and makes {@code count} officers of Izmir through the administration pages. */
    private void makeOfficers(int count) {
        if (count == 0) {
            return;
        }
        User admin = new User("198.19.0." + (ProcessHandle.current().pid() % 250 + 1));
        signIn(admin, "admin");
        for (int i = 1; i <= count; i++) {
            String username = "officer-" + ProcessHandle.current().pid() + "-" + i;
            String page = send(admin, get("/admin/staff/new", admin)).body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", find(CSRF, page));
            fields.put("username", username);
            fields.put("fullName", "Load Officer " + i);
            fields.put("password", STAFF_PASSWORD);
            fields.put("roles", "OFFICER");
            fields.put("provinces", PROVINCE);
            HttpResponse<String> created = send(admin, post("/admin/staff", admin, fields));
            if (created.statusCode() != 302) {
                throw new IllegalStateException("officer " + username + " not made: HTTP " + created.statusCode());
            }
            officers.add(username);
        }
    }

    private void signIn(User user, String username) {
        String page = send(user, get("/staff/sign-in", user)).body();
        HttpResponse<String> signedIn = send(user, post("/staff/sign-in", user, Map.of("_csrf", find(CSRF, page),
                "username", username, "password", STAFF_PASSWORD)));
        if (signedIn.statusCode() != 302 || location(signedIn).contains("sign-in")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
    }

    /** One officer until {@code end}: the queue, then each case handed over: open, attended, items received, approve. */
    private void officer(String username, long end) {
        int index = officers.indexOf(username) + 1;
        User officer = new User("198.19." + index + "." + (ProcessHandle.current().pid() % 250 + 1));
        try {
            long t = System.nanoTime();
            signIn(officer, username);
            latencies.computeIfAbsent("officer sign-in", s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t);
        } catch (RuntimeException e) {
            errors.computeIfAbsent("officer sign-in", s -> new AtomicInteger()).incrementAndGet();
            return;
        }
        while (System.nanoTime() < end) {
            String number;
            try {
                number = dayHasCome.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (number == null) {
                continue;
            }
            User work = officer.forCase();
            try {
                String queue = call("queue", work, get("/staff/officer", work), 200).body();
                if (!queue.contains(number)) {
                    throw failed("queue", number + " is not in the officer's queue");
                }
                String path = "/staff/officer/cases/" + number;
                String page = call("case page", work, get(path, work), 200).body();
                call("attended", work, post(path + "/attended", work, Map.of("_csrf", find(CSRF, page))), 302);
                page = call("case page", work, get(path, work), 200).body();
                call("documents marked", work, post(path + "/items-received", work, Map.of("_csrf", find(CSRF, page))),
                        302);
                page = call("case page", work, get(path, work), 200).body();
                Map<String, String> approval = new LinkedHashMap<>(inputs(formOf(page, path + "/approve")));
                approval.put("_csrf", find(CSRF, page));
                String back = location(call("decision", work, post(path + "/approve", work, approval), 302));
                if (!back.contains(path)) {
                    throw failed("decision", "went on to " + back);
                }
                decided.add(number);
                casesDecided.incrementAndGet();
            } catch (JourneyFailed e) {
                failedJourneys.incrementAndGet();
            } finally {
                retriesPerJourney.computeIfAbsent(work.retries, r -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    // ---- jobs and the outbox ----

    /** Samples the job lock rows every second until {@code until}: each new (holder, time) is a run of the job. */
    private void watchLocks(long until) {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT name, locked_by, locked_at FROM shedlock")) {
            while (System.nanoTime() < until) {
                double at = (System.nanoTime() - started) / 1e9;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lockRuns.computeIfAbsent(rs.getString(1), k -> new ConcurrentHashMap<>())
                                .putIfAbsent(rs.getString(2) + " " + rs.getTimestamp(3), at);
                    }
                }
                sleep(1000);
            }
        } catch (SQLException e) {
            System.out.println("lock watcher stopped: " + e.getMessage());
        }
    }

    private String locksNow() {
        List<String> rows = new ArrayList<>();
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT name || ' held by ' || locked_by || ' until ' || to_char(lock_until, 'HH24:MI:SS') "
                                + "FROM shedlock ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
        return rows.isEmpty() ? "none" : String.join("; ", rows);
    }

    // ---- HTTP ----

    /** A browser: its cookies, its network address, the retries it needed. */
    private final class User {
        final String address;
        final HttpClient client;
        int retries;

        User(String address) {
            this(address, HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
        }

        private User(String address, HttpClient client) {
            this.address = address;
            this.client = client;
        }

        /** The same browser (signed in), counting the retries of one case afresh. */
        User forCase() {
            return new User(address, client);
        }
    }

    /** One step: retried once after an unexpected status or a broken connection; its time includes the retry. */
    private HttpResponse<String> call(String step, User user, HttpRequest request, int... expected) {
        long t = System.nanoTime();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> response;
                inFlight.incrementAndGet();
                try {
                    response = user.client.send(request, HttpResponse.BodyHandlers.ofString());
                } finally {
                    inFlight.decrementAndGet();
                }
                for (int status : expected) {
                    if (response.statusCode() == status) {
                        latencies.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t);
                        return response;
                    }
                }
                if (unexpected.incrementAndGet() <= 10) {
                    Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(response.body());
                    System.out.printf("  %s: HTTP %d %s%n", step, response.statusCode(), title.find()
                            ? title.group(1).strip() : location(response));
                }
            } catch (IOException e) {
                // a broken connection: the balancer's node died mid-request
                if (unexpected.incrementAndGet() <= 10) {
                    System.out.printf("  %s: %s%n", step, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (attempt == 0) {
                retries.incrementAndGet();
                retriesPerStep.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
                user.retries++;
            }
        }
        errors.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        throw new JourneyFailed();
    }

    /** A request of the set-up, not measured. */
    private static HttpResponse<String> send(User user, HttpRequest request) {
        try {
            return user.client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JourneyFailed failed(String step, String why) {
        errors.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        if (errors.get(step).get() <= 3) {
            System.out.println("  " + step + ": " + why);
        }
        return new JourneyFailed();
    }

    private URI uri(String path) {
        if (path.startsWith("http")) {
            URI absolute = URI.create(path);
            path = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
        }
        return URI.create(base + path);
    }

    private HttpRequest.Builder request(String path, User user) {
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", user.address)
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(30));
    }

    private HttpRequest get(String path, User user) {
        return request(path, user).GET().build();
    }

    private HttpRequest post(String path, User user, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return request(path, user).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
    }

    private HttpRequest json(String path, User user, String body) {
        return request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A multipart upload of one file as the documents page sends it (the CSRF token as a header). */
    private HttpRequest upload(String path, User user, String csrf, String fileName, byte[] content) {
        String boundary = "----passage-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The named inputs of a page with a value (text, hidden, checked radios and boxes), as a browser would send. */
    private static Map<String, String> inputs(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2).replace("&amp;", "&").replace("&quot;", "\""));
            }
            String type = attributes.getOrDefault("type", "text");
            String name = attributes.get("name");
            if (name == null || !attributes.containsKey("value") || type.equals("submit") || type.equals("file")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.group(1).contains("checked")) {
                continue;
            }
            fields.putIfAbsent(name, attributes.get("value"));
        }
        return fields;
    }

    /** The HTML of the form posting to {@code action}. */
    private String formOf(String page, String action) {
        int start = page.indexOf("action=\"" + action + "\"");
        int end = start < 0 ? -1 : page.indexOf("</form>", start);
        if (end < 0) {
            throw failed("decision", "no form posting to " + action);
        }
        return page.substring(start, end);
    }

    private String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(page);
            throw failed("unexpected page", "no " + pattern.pattern() + " in the page " + (title.find()
                    ? title.group(1).strip() : page.substring(0, Math.min(page.length(), 200))));
        }
        return m.group(1);
    }

    // ---- the database ----

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbc, "postgres", "");
    }

    private String single(String sql, String parameter) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of {@code keys} the query (one parameter, an array) does not find. */
    private int missing(String sql, Set<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return keys.size() - rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the report ----

    private void report(double elapsed) {
        System.out.printf("%d applicant journeys completed, %d cases decided by officers, %d journeys or cases failed, "
                        + "in %.0f s: %.2f journeys/s; %d requests retried once%n", journeys.get(), casesDecided.get(),
                failedJourneys.get(), elapsed, journeys.get() / elapsed, retries.get());
        System.out.printf("%-18s %6s %6s %7s %8s %9s %9s %9s%n", "step", "ok", "errors", "retries", "req/s", "p50 ms",
                "p95 ms", "p99 ms");
        List<String> steps = new ArrayList<>(APPLICANT_STEPS);
        steps.addAll(OFFICER_STEPS);
        errors.keySet().stream().filter(s -> !steps.contains(s)).forEach(steps::add);
        for (String step : steps) {
            long[] sorted = latencies.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            int failed = errors.getOrDefault(step, new AtomicInteger()).get();
            int retried = retriesPerStep.getOrDefault(step, new AtomicInteger()).get();
            System.out.printf("%-18s %6d %6d %7d %8.2f %9.1f %9.1f %9.1f%n", step, sorted.length, failed, retried,
                    sorted.length / elapsed, p(sorted, 50), p(sorted, 95), p(sorted, 99));
        }
        Map<Integer, Integer> byRetries = new TreeMap<>();
        retriesPerJourney.forEach((r, count) -> byRetries.put(r, count.get()));
        System.out.println("journeys and cases by the retries they needed (retries=count): " + byRetries);

        System.out.printf("acknowledged pre-registrations: %d, missing from the database: %d%n", preRegistered.size(),
                missing("SELECT count(*) FROM residence_application WHERE email = ANY (?)", preRegistered));
        System.out.printf("acknowledged submissions: %d, not submitted in the database: %d%n", submitted.size(),
                missing("SELECT count(*) FROM residence_application WHERE number = ANY (?) AND state <> 'DRAFT' "
                        + "AND submitted_at IS NOT NULL", submitted));
        System.out.printf("acknowledged payments: %d, accruals not paid in the database: %d%n", paid.size(),
                missing("SELECT count(*) FROM payment_accrual WHERE accrual_number = ANY (?) AND paid_at IS NOT NULL",
                        paid));
        System.out.printf("acknowledged decisions: %d, not approved in the database: %d; cases still waiting for an "
                + "officer: %d%n", decided.size(), missing("SELECT count(*) FROM residence_application "
                + "WHERE number = ANY (?) AND state = 'APPROVED'", decided), dayHasCome.size());

        String pending = "";
        long drainStart = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            pending = text("SELECT count(*) FILTER (WHERE status = 'PENDING') || ' pending, ' || count(*) FILTER "
                    + "(WHERE status = 'SENT') || ' sent, ' || count(*) FILTER (WHERE status = 'FAILED') || ' failed' "
                    + "FROM notification_delivery");
            if (pending.startsWith("0 pending")) {
                break;
            }
            sleep(1000);
        }
        System.out.printf("outbox %.0f s after the load: %s; e-mails delivered twice (same address, subject and "
                        + "text): %s%n", (System.nanoTime() - drainStart) / 1e9, pending,
                text("SELECT count(*) FROM (SELECT 1 FROM dev_mailbox_message GROUP BY address, subject, body "
                        + "HAVING count(*) > 1) d"));
        double killedAt = killedAtNanos.get() < 0 ? Double.MAX_VALUE : (killedAtNanos.get() - started) / 1e9;
        for (Map.Entry<String, Map<String, Double>> job : new TreeMap<>(lockRuns).entrySet()) {
            Map<String, Integer> before = new TreeMap<>();
            Map<String, Integer> after = new TreeMap<>();
            job.getValue().forEach((run, at) -> {
                String node = run.substring(0, run.indexOf(' '));
                (at < killedAt ? before : after).merge(node, 1, Integer::sum);
            });
            if (killedAtNanos.get() < 0) {
                System.out.printf("job %s: runs seen by %s%n", job.getKey(), before);
            } else {
                System.out.printf("job %s: runs seen before the kill by %s, after it by %s%n", job.getKey(), before,
                        after);
            }
        }
        System.out.println("locks at the end: " + locksNow());
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
