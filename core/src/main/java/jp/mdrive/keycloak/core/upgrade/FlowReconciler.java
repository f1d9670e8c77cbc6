package jp.mdrive.keycloak.core.upgrade;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationExecutionRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;

/**
 * Flows and their executions as the export has them. A flow keeps its id (the realm's bindings,
 * identity providers and client overrides point at it); a flow whose executions differ from the
 * export's gets the export's executions in place of its own. Sub-flows are flows of the export by
 * alias and are reconciled as such. Authenticator configs are matched by alias: keys the export adds
 * come with its defaults, keys it dropped go, and a value an operator tuned is kept.
 */
final class FlowReconciler {

    private final KeycloakSession session;
    private final RealmModel realm;

    FlowReconciler(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void reconcile(List<AuthenticatorConfigRepresentation> configs, List<AuthenticationFlowRepresentation> flows) {
        if (configs != null) {
            configs.forEach(this::config);
        }
        if (flows != null) {
            flows.forEach(this::flow);
            flows.forEach(this::executions);
        }
    }

    private void config(AuthenticatorConfigRepresentation wanted) {
        AuthenticatorConfigModel present = realm.getAuthenticatorConfigByAlias(wanted.getAlias());
        AuthenticatorConfigModel model = RepresentationToModel.toModel(wanted);
        if (present == null) {
            model.setId(null);
            realm.addAuthenticatorConfig(model);
            return;
        }
        Map<String, String> merged = new HashMap<>(model.getConfig());
        Map<String, String> tuned = present.getConfig() == null ? Map.of() : present.getConfig();
        merged.replaceAll((key, exported) -> tuned.getOrDefault(key, exported));
        if (!merged.equals(tuned)) {
            present.setConfig(merged);
            realm.updateAuthenticatorConfig(present);
        }
    }

    private void flow(AuthenticationFlowRepresentation wanted) {
        AuthenticationFlowModel present = realm.getFlowByAlias(wanted.getAlias());
        AuthenticationFlowModel model = RepresentationToModel.toModel(wanted);
        if (present == null) {
            model.setId(null);
            realm.addAuthenticationFlow(model);
        } else if (!Objects.equals(present.getDescription(), model.getDescription())
                || !Objects.equals(present.getProviderId(), model.getProviderId()) || present.isTopLevel() != model.isTopLevel()) {
            model.setId(present.getId());
            realm.updateAuthenticationFlow(model);
        }
    }

    private void executions(AuthenticationFlowRepresentation wanted) {
        AuthenticationFlowModel flow = realm.getFlowByAlias(wanted.getAlias());
        List<AuthenticationExecutionExportRepresentation> exported = wanted.getAuthenticationExecutions() == null
                ? List.of() : wanted.getAuthenticationExecutions();
        List<ExecutionShape> want = exported.stream().map(ExecutionShape::of).sorted(Comparator.comparingInt(ExecutionShape::priority)).toList();
        // Keycloak lists a flow's executions by priority
        List<AuthenticationExecutionModel> have = realm.getAuthenticationExecutionsStream(flow.getId()).toList();
        if (want.equals(have.stream().map(execution -> ExecutionShape.of(realm, execution)).toList())) {
            return;
        }
        have.forEach(realm::removeAuthenticatorExecution);
        exported.forEach(execution -> realm.addAuthenticatorExecution(toModel(flow, execution)));
    }

    /** Keycloak's own conversion, given what the export names by alias as ids of this realm. */
    private AuthenticationExecutionModel toModel(AuthenticationFlowModel parent, AuthenticationExecutionExportRepresentation exported) {
        AuthenticationExecutionRepresentation execution = new AuthenticationExecutionRepresentation();
        execution.setParentFlow(parent.getId());
        execution.setAuthenticator(exported.getAuthenticator());
        execution.setAuthenticatorFlow(exported.isAuthenticatorFlow());
        if (exported.getFlowAlias() != null) {
            execution.setFlowId(realm.getFlowByAlias(exported.getFlowAlias()).getId());
        }
        execution.setRequirement(exported.getRequirement());
        execution.setPriority(exported.getPriority());
        execution.setAuthenticatorConfig(exported.getAuthenticatorConfig());
        return RepresentationToModel.toModel(session, realm, execution);
    }

    /** What makes two executions the same for the upgrade: the ids of this realm are left out. */
    record ExecutionShape(String authenticator, String subFlow, String requirement, int priority, String config) {

        static ExecutionShape of(AuthenticationExecutionExportRepresentation exported) {
            return new ExecutionShape(exported.isAuthenticatorFlow() ? null : exported.getAuthenticator(), exported.getFlowAlias(),
                    exported.getRequirement(), exported.getPriority() == null ? 0 : exported.getPriority(), exported.getAuthenticatorConfig());
        }

        static ExecutionShape of(RealmModel realm, AuthenticationExecutionModel execution) {
            String subFlow = execution.isAuthenticatorFlow() ? realm.getAuthenticationFlowById(execution.getFlowId()).getAlias() : null;
            String config = execution.getAuthenticatorConfig() == null ? null
                    : realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig()).getAlias();
            return new ExecutionShape(execution.isAuthenticatorFlow() ? null : execution.getAuthenticator(), subFlow,
                    execution.getRequirement().name(), execution.getPriority(), config);
        }
    }
}
