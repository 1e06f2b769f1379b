package org.passage.admissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passage.rules.Citation;
import org.passage.rules.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The exams and diplomas one university accepts (§7.3), each with its kind, the direction its
 * scores run and a cited minimum per programme; kept as data so each university configures its own.
 */
public final class ExamTable {

    /** SCHOOL_LEAVING exams never expire; ENTRANCE exams are valid for a number of years (§7.3). */
    public enum Kind { SCHOOL_LEAVING, ENTRANCE }

    /** Which scores are better: HIGHER (SAT points) or LOWER (German grades). */
    public enum Direction { HIGHER, LOWER }

    /** A minimum for some programmes (all others when {@code programmes} is empty); null when the university judges. */
    public record Minimum(List<String> programmes, Double minimum, Citation citation) {

        public Minimum {
            programmes = programmes == null ? List.of() : List.copyOf(programmes);
        }

        boolean appliesTo(String programme) {
            return programmes.isEmpty() || programmes.contains(programme);
        }

        public boolean setByUniversity() {
            return minimum == null;
        }
    }

    /** One accepted exam or diploma. */
    public record Exam(String code, LocalizedText title, Kind kind, Direction better, LocalizedText scale,
            Citation kindCitation, List<Minimum> minimums) {

        public Exam {
            minimums = List.copyOf(minimums);
        }

        /** The minimum for a programme: the first row naming it, else the row for every other programme. */
        public Minimum minimumFor(String programme) {
            return minimums.stream().filter(m -> m.programmes().contains(programme)).findFirst()
                    .orElseGet(() -> minimums.stream().filter(m -> m.programmes().isEmpty()).findFirst().orElseThrow());
        }

        /** Whether a score meets a minimum in this exam's direction. */
        public boolean meets(double score, double minimum) {
            return better == Direction.HIGHER ? Double.compare(score, minimum) >= 0 : Double.compare(score, minimum) <= 0;
        }

        /** Whether a sitting on {@code takenOn} still counts on {@code applicationDate}. */
        public boolean validOn(LocalDate takenOn, LocalDate applicationDate, int entranceValidityYears) {
            return kind == Kind.SCHOOL_LEAVING || !takenOn.plusYears(entranceValidityYears).isBefore(applicationDate);
        }
    }

    public static final String DEFAULT_LOCATION = "admissions/exam-table.yaml";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record SourceRow(String title, String url) {
    }

    private record MinimumRow(List<String> programmes, Double minimum, String setBy, Citation citation) {
    }

    private record ExamRow(String code, LocalizedText title, Kind kind, Direction better, LocalizedText scale,
            Citation kindCitation, List<MinimumRow> minimums) {
    }

    private record TableFile(String university, LocalizedText title, Map<String, SourceRow> sources,
            List<ExamRow> exams) {
    }

    private final String university;
    private final LocalizedText title;
    private final Map<String, String> sources;
    private final Map<String, Exam> exams;

    private ExamTable(String university, LocalizedText title, Map<String, String> sources, Map<String, Exam> exams) {
        this.university = university;
        this.title = title;
        this.sources = sources;
        this.exams = exams;
    }

    /** Reads a table from the class path; anything missing or uncited fails with the file and the item. */
    public static ExamTable load(String classpathLocation) {
        try (InputStream in = ExamTable.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("No exam table at classpath:" + classpathLocation);
            }
            return parse(classpathLocation, YAML.readValue(in, TableFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table from YAML text; for tests and tools that check a file. */
    public static ExamTable parse(String file, String yaml) {
        return parse(file, YAML.readValue(yaml, TableFile.class));
    }

    private static ExamTable parse(String file, TableFile t) {
        require(t.university() != null && !t.university().isBlank(), file, "university", "missing");
        require(t.title() != null, file, "title", "missing");
        require(t.sources() != null && !t.sources().isEmpty(), file, "sources", "at least one source is required");
        Map<String, String> sources = new LinkedHashMap<>();
        t.sources().forEach((id, s) -> {
            require(s != null && s.title() != null && !s.title().isBlank(), file, "sources[" + id + "]", "missing title");
            sources.put(id, s.title());
        });
        require(t.exams() != null && !t.exams().isEmpty(), file, "exams", "at least one exam is required");
        Map<String, Exam> exams = new LinkedHashMap<>();
        for (ExamRow row : t.exams()) {
            String item = "exams[" + row.code() + "]";
            require(row.code() != null && CODE.matcher(row.code()).matches(), file, item, "code is not UPPER_SNAKE");
            require(!exams.containsKey(row.code()), file, item, "listed twice");
            require(row.title() != null && row.scale() != null, file, item, "needs a title and a scale");
            require(row.kind() != null && row.better() != null, file, item, "needs kind and better");
            cited(row.kindCitation(), sources, file, item + ".kindCitation");
            require(row.minimums() != null && !row.minimums().isEmpty(), file, item, "needs minimums");
            List<Minimum> minimums = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            boolean others = false;
            for (MinimumRow m : row.minimums()) {
                String mi = item + ".minimums[" + minimums.size() + "]";
                cited(m.citation(), sources, file, mi);
                require((m.minimum() == null) == "UNIVERSITY".equals(m.setBy()), file, mi,
                        "a minimum is either a published number or null with setBy: UNIVERSITY");
                List<String> programmes = m.programmes() == null ? List.of() : m.programmes();
                if (programmes.isEmpty()) {
                    require(!others, file, mi, "only one row may apply to every other programme");
                    others = true;
                }
                for (String p : programmes) {
                    require(named.add(p), file, mi, "programme " + p + " has two minimums");
                }
                minimums.add(new Minimum(programmes, m.minimum(), m.citation()));
            }
            require(others, file, item, "needs a row without programmes for every other programme");
            exams.put(row.code(), new Exam(row.code(), row.title(), row.kind(), row.better(), row.scale(),
                    row.kindCitation(), minimums));
        }
        return new ExamTable(t.university(), t.title(), Map.copyOf(sources), java.util.Collections.unmodifiableMap(exams));
    }

    private static void cited(Citation c, Map<String, String> sources, String file, String item) {
        require(c != null && c.section() != null && !c.section().isBlank(), file, item, "missing citation");
        require(sources.containsKey(c.source()), file, item, "citation source '" + c.source() + "' is not listed under sources");
    }

    private static void require(boolean ok, String file, String item, String problem) {
        if (!ok) {
            throw new IllegalStateException(file + ": " + item + ": " + problem);
        }
    }

    public String university() {
        return university;
    }

    public LocalizedText title() {
        return title;
    }

    /** Source id → title, for the citations of the minimums. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Every exam in table order. */
    public List<Exam> exams() {
        return List.copyOf(exams.values());
    }

    public Optional<Exam> exam(String code) {
        return Optional.ofNullable(exams.get(code));
    }
}
