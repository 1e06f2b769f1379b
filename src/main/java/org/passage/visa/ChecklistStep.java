package org.passage.visa;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pages of the visa checklist wizard, one topic each, in order; a page shows only when the case needs it. */
enum ChecklistStep {
    CATEGORY("category"),
    APPLICANT("applicant"),
    STAY("stay"),
    LANGUAGE("language"),
    SCHOLARSHIP("scholarship"),
    FUNDING("funding"),
    SALARY("salary"),
    AU_PAIR("au-pair"),
    SEMESTER("semester"),
    FAMILY("family"),
    SPOUSE_LANGUAGE("spouse-language");

    static final Set<String> LANGUAGE_CATEGORIES = Set.of("STUDY", "STUDY_MASTER", "STUDY_APPLICANT", "FAMILY_SPOUSE",
            "AU_PAIR");
    static final Set<String> FUNDING_CATEGORIES = Set.of("STUDY", "STUDY_MASTER", "STUDY_APPLICANT", "LANGUAGE_COURSE",
            "JOB_SEEKER", "RETURN_YOUNG_FOREIGNER");
    static final Set<String> SEMESTER_CATEGORIES = Set.of("STUDY", "STUDY_MASTER", "STUDY_SCHOLARSHIP");
    static final Set<String> FAMILY_CATEGORIES = Set.of("STUDY", "STUDY_MASTER", "STUDY_SCHOLARSHIP", "EU_BLUE_CARD",
            "EMPLOYMENT");

    private final String slug;

    ChecklistStep(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    static Optional<ChecklistStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** Whether the case, as answered so far, needs this page. */
    boolean applies(Map<String, String> answers) {
        String category = answers.getOrDefault("category", "");
        return switch (this) {
            case CATEGORY, APPLICANT, STAY -> true;
            case LANGUAGE -> LANGUAGE_CATEGORIES.contains(category);
            case SCHOLARSHIP -> category.equals("STUDY_SCHOLARSHIP");
            case FUNDING -> FUNDING_CATEGORIES.contains(category)
                    || category.equals("STUDY_SCHOLARSHIP") && "PARTIAL".equals(answers.get("scholarshipKind"));
            case SALARY -> category.equals("EU_BLUE_CARD");
            case AU_PAIR -> category.equals("AU_PAIR");
            case SEMESTER -> SEMESTER_CATEGORIES.contains(category);
            case FAMILY -> FAMILY_CATEGORIES.contains(category);
            case SPOUSE_LANGUAGE -> category.equals("STUDY_MASTER") && "yes".equals(answers.get("spouseTravelling"));
        };
    }

    /** The pages this case needs, in order. */
    static List<ChecklistStep> journey(Map<String, String> answers) {
        return Arrays.stream(values()).filter(s -> s.applies(answers)).toList();
    }
}
