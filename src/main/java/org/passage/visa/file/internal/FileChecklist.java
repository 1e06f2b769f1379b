package org.passage.visa.file.internal;

import java.util.ArrayList;
import java.util.List;
import org.passage.rules.Concerns;
import org.passage.rules.RequiredDocument;
import org.passage.visa.GermanVisaAssessment;
import org.passage.visa.GermanVisaRequest;

/**
 * Splits the rulebook's document list of a case into one checklist per person. The rulebook lists
 * the documents of the whole case and says whom each is about ({@link Concerns}): those about the
 * travelling spouse or a travelling child go to them, and everyone who attends brings their own
 * form, passport and photos (the consulate's checklist: every family member applies in person).
 * A document the rulebook marks {@code ifApplicable} is listed but the file does not wait for it.
 */
final class FileChecklist {

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
                if (belongsTo(d.concerns(), person, spouse, children)) {
                    items.add(new VisaFile.Item(person, d.code(),
                            !d.onRequest() && !d.ifApplicable(), d.citation().source(),
                            d.citation().section(), d.mayBring(), false));
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

    private static boolean belongsTo(Concerns concerns, Person person, boolean spouse, int children) {
        return switch (concerns) {
            case EACH_PERSON -> true;
            case SPOUSE -> spouse ? person.equals(Person.SPOUSE) : person.equals(Person.APPLICANT);
            case CHILD -> children > 0 ? person.childNumber() > 0 : person.equals(Person.APPLICANT);
            case APPLICANT -> person.equals(Person.APPLICANT);
        };
    }
}
