package jp.mdrive.keycloak.core.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.OrganizationModel;

/**
 * The organization attributes behind a {@link Contract}: read as single values and dates that report
 * a broken value with its rule, written as a whole map.
 */
final class ContractAttributes {

    private final OrganizationModel organization;
    /**
     * The attributes as this contract last wrote them. Keycloak 26.7's organization adapter caches
     * its attribute map and corrupts that cache on a write (it removes the written keys from it), so
     * after a write in this request the adapter's own view must not be read again.
     */
    private Map<String, List<String>> written;

    ContractAttributes(OrganizationModel organization) {
        this.organization = organization;
    }

    /** An ISO date setting; a broken one is reported with the rule, never guessed at. */
    Optional<LocalDate> date(String name, String messageKey) {
        return single(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidContractSettingException(messageKey, value);
            }
        });
    }

    Optional<String> single(String name) {
        List<String> values = values(name);
        if (values.size() > 1) {
            throw new InvalidContractSettingException("mdrive.contract.multipleValues", name);
        }
        return values.stream().findFirst();
    }

    List<String> values(String name) {
        Map<String, List<String>> attributes = written != null ? written : organization.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null ? List.of() : values;
    }

    Map<String, List<String>> copyOf() {
        Map<String, List<String>> attributes = written != null ? written : organization.getAttributes();
        return attributes == null ? new HashMap<>() : new HashMap<>(attributes);
    }

    void write(String name, List<String> values) {
        write(Map.of(name, values));
    }

    /** Sets each named attribute to its values; an empty list removes it. */
    void write(Map<String, List<String>> changes) {
        Map<String, List<String>> attributes = copyOf();
        changes.forEach((name, values) -> {
            if (values.isEmpty()) {
                attributes.remove(name);
            } else {
                attributes.put(name, values);
            }
        });
        organization.setAttributes(new HashMap<>(attributes));
        written = attributes;
    }
}
