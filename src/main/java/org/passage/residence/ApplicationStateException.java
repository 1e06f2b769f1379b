package org.passage.residence;

/**
 * A change that the application's current state does not allow (answered 409 Conflict).
 */
public class ApplicationStateException extends IllegalStateException {

    private final ApplicationState state;
    private final String action;

    public ApplicationStateException(ApplicationState state, String action) {
        super("'" + action + "' is not allowed in state " + state);
        this.state = state;
        this.action = action;
    }

    public ApplicationState state() {
        return state;
    }

    public String action() {
        return action;
    }
}
