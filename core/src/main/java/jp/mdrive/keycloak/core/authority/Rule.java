package jp.mdrive.keycloak.core.authority;

import java.util.function.Function;
import java.util.function.Predicate;

import jp.mdrive.keycloak.core.identity.RefusedChange.Kind;

/**
 * One cell of the authority table: when a role may make a change, and what it is told otherwise.
 * The text is what the README's table shows for the cell.
 */
record Rule(String text, Predicate<Situation> test, Kind kind, String reason, Function<Situation, Object[]> parameters) {

    static final Rule ALWAYS = new Rule("○", s -> true, null, null, s -> new Object[0]);

    static Rule never(String reason) {
        return new Rule("×", s -> false, Kind.FORBIDDEN, reason, s -> new Object[0]);
    }

    static Rule when(String text, Predicate<Situation> test, Kind kind, String reason) {
        return new Rule(text, test, kind, reason, s -> new Object[0]);
    }

    Verdict judge(Situation situation) {
        return test.test(situation) ? Verdict.ALLOWED : new Verdict(false, kind, reason, parameters.apply(situation));
    }

    Rule withParameters(Function<Situation, Object[]> parameters) {
        return new Rule(text, test, kind, reason, parameters);
    }
}
