package org.passage.visa.file.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.passage.rules.RequiredDocument;
import org.passage.visa.GermanVisaAssessment;
import org.passage.visa.GermanVisaRequest;

/**
 * Splits the rulebook's document list of a case into one checklist per person. The rulebook lists
 * the documents of the whole case; those about the travelling spouse or the children go to them,
 * and everyone who attends brings their own form, passport and photos (the consulate's checklist: every
 * family member applies in person).
 */
final class FileChecklist {

    /** Documents each person applying brings for themselves. */
    static final Set<String> EVERY_PERSON = Set.of("APPLICATION_FORM_GERMAN", "PASSPORT", "PASSPORT_COPIES",
            "BIOMETRIC_PHOTOS");
    /** Documents about the travelling spouse (in a case where the spouse travels with the applicant). */
    static final Set<String> SPOUSE = Set.of("INTERNATIONAL_MARRIAGE_RECORD", "DIVORCE_JUDGEMENTS", "DEATH_RECORD",
            "SPOUSE_CIVIL_REGISTER_EXTRACT", "SPOUSE_HEALTH_INSURANCE", "SPOUSE_A1_CERTIFICATE",
            "SPOUSE_A1_EXCEPTION_PROOF");
    static final String CHILD_PREFIX = "CHILD_";
    /**
     * Documents the rulebook lists for every such case whose own text says they are needed only
     * when something applies (an earlier marriage, a death, a regulated profession): the file
     * does not wait for them.
     */
    static final Set<String> IF_APPLICABLE = Set.of("DIVORCE_JUDGEMENTS", "DEATH_RECORD", "PRACTICE_LICENCE",
            "PATERNITY_AND_CUSTODY_DECLARATION", "DIVORCE_AND_CUSTODY_DECISION");

    private FileChecklist() {
    }

    static List<VisaFile.Item> items(GermanVisaRequest request, GermanVisaAssessment assessment) {
        boolean spouse = request.family() != null && request.family().spouse() != null
                && Boolean.TRUE.equals(request.family().spouse().travelling());
        int children = request.family() == null || request.family().children() == null ? 0
                : request.family().children().size();
        List<Person> family = new ArrayList<>();
        if (spouse) {
            family.add(Person.SPOUSE);
        }
        for (int n = 1; n <= children; n++) {
            family.add(Person.child(n));
        }
        List<VisaFile.Item> items = new ArrayList<>();
        List<RequiredDocument> documents = assessment.assessment().documents();
        for (Person person : withApplicant(family)) {
            for (RequiredDocument d : documents) {
                if (belongsTo(d.code(), person, spouse, children)) {
                    items.add(new VisaFile.Item(person, d.code(),
                            !d.onRequest() && !IF_APPLICABLE.contains(d.code()), d.citation().source(),
                            d.citation().section()));
                }
            }
        }
        return items;
    }

    private static List<Person> withApplicant(List<Person> family) {
        List<Person> all = new ArrayList<>();
        all.add(Person.APPLICANT);
        all.addAll(family);
        return all;
    }

    private static boolean belongsTo(String code, Person person, boolean spouse, int children) {
        if (EVERY_PERSON.contains(code)) {
            return true;
        }
        Person owner = spouse && SPOUSE.contains(code) ? Person.SPOUSE
                : children > 0 && code.startsWith(CHILD_PREFIX) ? null
                : Person.APPLICANT;
        if (owner == null) {
            return person.childNumber() > 0;
        }
        return owner.equals(person);
    }
}
