package org.passage.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.passage.calendar.BusinessCalendar;
import org.passage.residence.ResidencePermitRequest.Applicant;
import org.passage.residence.ResidencePermitRequest.CurrentPermit;
import org.passage.residence.ResidencePermitRequest.PermitPeriod;
import org.passage.residence.ResidencePermitRequest.Sponsor;
import org.passage.residence.ResidencePermitRequest.Stay;
import org.passage.residence.ResidencePermitRequest.Study;
import org.passage.rules.Rulebooks;

/**
 * In-process assessments per second on one thread: the contract's student example and a family case.
 * Run with {@code bench/jmh.sh}; never part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentBenchmark {

    private ResidencePermitAssessments assessments;
    private ResidencePermitRequest student;
    private ResidencePermitRequest family;

    @Setup
    public void setUp() {
        Rulebooks rulebooks = Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays);
        assessments = new ResidencePermitAssessments(rulebooks, Clock.system(ZoneId.of("Europe/Istanbul")));
        LocalDate day = LocalDate.of(2026, 11, 21);
        student = new ResidencePermitRequest("FIRST", "STUDENT", null, "BACHELOR", null, day, "SELF",
                new Applicant(LocalDate.of(2006, 5, 1), "SY", "SINGLE", "DORMITORY", false, true, "BOTH_PRESENT",
                        "SGK_GHI_WITHIN_3_MONTHS", "NONE", new CurrentPermit("STUDENT", LocalDate.of(2026, 12, 1)),
                        List.of(new PermitPeriod("STUDENT", null, LocalDate.of(2018, 9, 1), LocalDate.of(2022, 8, 31))),
                        false, 0, null, "SY", false),
                new Study("REGULAR", LocalDate.of(2026, 9, 15)), new Stay(48, null), null, null);
        family = new ResidencePermitRequest("FIRST", "FAMILY", null, null, "SPOUSE", day, "SELF",
                new Applicant(LocalDate.of(1995, 3, 1), "DE", "MARRIED", "RENTAL", false, true, "BOTH_PRESENT",
                        "PRIVATE", "NONE", null, List.of(), false, 0, null, "DE", false),
                null, new Stay(24, null),
                new Sponsor("RESIDENCE_PERMIT_HOLDER", new java.math.BigDecimal("40000"), 3, LocalDate.of(2027, 6, 30),
                        LocalDate.of(2024, 1, 10), false, true, true, "SHORT_TERM", false),
                null);
    }

    @Benchmark
    public void studentCase(Blackhole bh) {
        bh.consume(assessments.assess(student, false));
    }

    @Benchmark
    public void familyCase(Blackhole bh) {
        bh.consume(assessments.assess(family, false));
    }
}
