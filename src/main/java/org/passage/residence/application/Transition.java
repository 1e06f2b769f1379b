package org.passage.residence.application;

import java.time.Instant;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationState;

/**
 * One recorded change of an application: who, when, what and why, with the rulebook version in use.
 */
public record Transition(Instant at, Actor actor, String action, ApplicationState from, ApplicationState to,
        String reason, String rulebookVersion) {
}
