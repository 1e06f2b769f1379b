package org.passage.visa;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.passage.forms.Answers;
import org.springframework.stereotype.Component;

/** The checklist wizard's result in this session, for the visa file to be saved from. */
@Component
public class ChecklistResults {

    private final VisaChecklistController checklist;

    ChecklistResults(VisaChecklistController checklist) {
        this.checklist = checklist;
    }

    /** The request the session's answers make, once every page is answered; empty before. */
    public Optional<GermanVisaRequest> completed(HttpSession session) {
        Answers answers = VisaChecklistController.answers(session);
        if (answers.get("category") == null || checklist.firstUnanswered(answers) != null) {
            return Optional.empty();
        }
        return Optional.of(checklist.request(answers));
    }
}
