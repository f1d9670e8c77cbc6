package jp.mdrive.keycloak.core.contract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules route and registered lines obey together (manual 4.1, 4.2), whichever of the two changes. */
final class LineAuthentication {

    /** Far more lines than an office has; a bound so that no request stores an unbounded list. */
    static final int MAX_LINE_NUMBERS = 100;

    private LineAuthentication() {
    }

    /** Each number in its stored form, duplicates once; a contract has a bounded number of lines. */
    static List<String> parseLines(Collection<String> typed) {
        if (typed.size() > MAX_LINE_NUMBERS) {
            throw new InvalidContractSettingException("mdrive.contract.tooManyLines", MAX_LINE_NUMBERS);
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String number : typed) {
            numbers.add(LineNumber.parse(number).value());
        }
        return List.copyOf(numbers);
    }

    /** Line-only needs a registered line, or no member could sign in at all. */
    static void requireLineForLineOnly(AccessRoute route, List<String> numbers) {
        if (route == null) {
            throw new InvalidContractSettingException("mdrive.contract.invalidAccessRoute", "");
        }
        if (route == AccessRoute.LINE_ONLY && numbers.isEmpty()) {
            throw new InvalidContractSettingException("mdrive.contract.lineOnlyWithoutLines");
        }
    }
}
