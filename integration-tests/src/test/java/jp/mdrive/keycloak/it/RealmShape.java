package jp.mdrive.keycloak.it;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * What the upgrade (R-OPS-6) brings a realm to, as values without this realm's ids, so an export file
 * and a realm's partial export through the admin API compare structurally: flows with their executions
 * in order (provider or sub-flow, requirement, priority, config alias), authenticator configs,
 * required actions, flow bindings, the export's clients as far as it sets them, the default role's
 * members and the client scope mappings. {@link #within} cuts a realm's shape down to what an
 * export names, since Keycloak adds built-in flows, actions and clients of its own.
 */
record RealmShape(Map<String, Flow> flows, Map<String, Map<String, String>> configs, Map<String, Action> requiredActions,
        Map<String, String> bindings, Map<String, Client> clients, Set<String> defaultRole, Map<String, Set<String>> clientScopeMappings) {

    record Flow(String providerId, boolean topLevel, String description, List<Execution> executions) {
    }

    record Execution(String authenticatorOrSubFlow, String requirement, Integer priority, String config) {
    }

    record Action(String providerId, String name, boolean enabled, boolean defaultAction, Integer priority, Map<String, String> config) {
    }

    /** What the export sets of a client: the fields it leaves out are not compared. */
    record Client(Boolean enabled, Boolean publicClient, Boolean fullScopeAllowed, Boolean standardFlowEnabled,
            Boolean directAccessGrantsEnabled, Map<String, String> attributes, Map<String, Map<String, String>> protocolMappers) {
    }

    static RealmShape of(RealmRepresentation realm) {
        Map<String, Flow> flows = byKey(realm.getAuthenticationFlows(), AuthenticationFlowRepresentation::getAlias, flow -> new Flow(
                flow.getProviderId(), flow.isTopLevel(), flow.getDescription(), flow.getAuthenticationExecutions().stream()
                        .sorted(Comparator.comparing(AuthenticationExecutionExportRepresentation::getPriority))
                        .map(RealmShape::execution).toList()));
        Map<String, Map<String, String>> configs = byKey(realm.getAuthenticatorConfig(), AuthenticatorConfigRepresentation::getAlias,
                config -> new TreeMap<>(config.getConfig()));
        Map<String, Action> actions = byKey(realm.getRequiredActions(), RequiredActionProviderRepresentation::getAlias, action -> new Action(
                action.getProviderId(), action.getName(), action.isEnabled(), action.isDefaultAction(), action.getPriority(),
                action.getConfig() == null ? Map.of() : new TreeMap<>(action.getConfig())));
        Map<String, String> bindings = new TreeMap<>();
        bindings.put("browser", realm.getBrowserFlow());
        bindings.put("direct grant", realm.getDirectGrantFlow());
        bindings.put("reset credentials", realm.getResetCredentialsFlow());
        bindings.put("first broker login", realm.getFirstBrokerLoginFlow());
        Map<String, Client> clients = byKey(realm.getClients(), ClientRepresentation::getClientId, RealmShape::client);
        RoleRepresentation defaultRole = realm.getRoles().getRealm().stream()
                .filter(role -> role.getName().equals("default-roles-" + realm.getRealm())).findFirst().orElseThrow();
        Set<String> members = new TreeSet<>(Objects.requireNonNullElse(defaultRole.getComposites().getRealm(), Set.of()));
        Objects.requireNonNullElse(defaultRole.getComposites().getClient(), Map.<String, List<String>>of())
                .forEach((client, roles) -> roles.forEach(role -> members.add(client + "/" + role)));
        Map<String, Set<String>> scopeMappings = new TreeMap<>();
        Objects.requireNonNullElse(realm.getClientScopeMappings(), Map.<String, List<org.keycloak.representations.idm.ScopeMappingRepresentation>>of())
                .forEach((roleClient, mappings) -> mappings.forEach(mapping -> scopeMappings.put(mapping.getClient() + " ← " + roleClient,
                        new TreeSet<>(mapping.getRoles()))));
        return new RealmShape(flows, configs, actions, bindings, clients, members, scopeMappings);
    }

    /** This realm's shape cut down to what the given (export's) shape names; a client's fields to those it sets. */
    RealmShape within(RealmShape export) {
        Map<String, Client> cut = new TreeMap<>();
        export.clients.forEach((clientId, wanted) -> {
            Client present = clients.get(clientId);
            cut.put(clientId, present == null ? null : new Client(only(wanted.enabled, present.enabled), only(wanted.publicClient, present.publicClient),
                    only(wanted.fullScopeAllowed, present.fullScopeAllowed), only(wanted.standardFlowEnabled, present.standardFlowEnabled),
                    only(wanted.directAccessGrantsEnabled, present.directAccessGrantsEnabled), keys(present.attributes, wanted.attributes.keySet()),
                    mappers(present.protocolMappers, wanted.protocolMappers)));
        });
        return new RealmShape(keys(flows, export.flows.keySet()), keys(configs, export.configs.keySet()),
                keys(requiredActions, export.requiredActions.keySet()), bindings, cut, defaultRole,
                keys(clientScopeMappings, export.clientScopeMappings.keySet()));
    }

    /** Keycloak adds settings of its own to a mapper (userinfo.token.claim): only those the export sets count. */
    private static Map<String, Map<String, String>> mappers(Map<String, Map<String, String>> present, Map<String, Map<String, String>> wanted) {
        Map<String, Map<String, String>> cut = new TreeMap<>();
        wanted.forEach((name, config) -> cut.put(name, present.get(name) == null ? null : keys(present.get(name), config.keySet())));
        return cut;
    }

    private static Execution execution(AuthenticationExecutionExportRepresentation execution) {
        return new Execution(execution.isAuthenticatorFlow() ? "flow " + execution.getFlowAlias() : execution.getAuthenticator(),
                execution.getRequirement(), execution.getPriority(), execution.getAuthenticatorConfig());
    }

    private static Client client(ClientRepresentation client) {
        Map<String, Map<String, String>> mappers = byKey(client.getProtocolMappers(), ProtocolMapperRepresentation::getName,
                mapper -> {
                    Map<String, String> shape = new TreeMap<>(mapper.getConfig());
                    shape.put("(mapper)", mapper.getProtocolMapper());
                    return shape;
                });
        return new Client(client.isEnabled(), client.isPublicClient(), client.isFullScopeAllowed(), client.isStandardFlowEnabled(),
                client.isDirectAccessGrantsEnabled(), client.getAttributes() == null ? Map.of() : new TreeMap<>(client.getAttributes()), mappers);
    }

    private static <T> T only(T wanted, T present) {
        return wanted == null ? null : present;
    }

    private static <V> Map<String, V> keys(Map<String, V> map, Set<String> keys) {
        Map<String, V> cut = new TreeMap<>();
        keys.forEach(key -> cut.put(key, map.get(key)));
        return cut;
    }

    private static <T, V> Map<String, V> byKey(List<T> items, Function<T, String> key, Function<T, V> value) {
        return Stream.ofNullable(items).flatMap(List::stream).collect(Collectors.toMap(key, value, (a, b) -> a, TreeMap::new));
    }
}
