package jp.mdrive.keycloak.core.contract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

/**
 * Attributes and members in memory, as the JPA adapter keeps them, for pure-logic tests of {@link Contract}.
 * Like Keycloak 26.7's adapter, it caches the attribute map on first read and a write leaves that
 * cache wrong (it removes the written keys from the cached map's key set).
 */
final class InMemoryOrganization implements OrganizationModel {

    private Map<String, List<String>> attributes = new HashMap<>();
    private Map<String, List<String>> cached;
    private final Set<String> memberIds = new HashSet<>();
    int attributeWrites;

    InMemoryOrganization member(UserModel user) {
        memberIds.add(user.getId());
        return this;
    }

    @Override public String getId() { return "org-id"; }
    @Override public void setName(String name) { }
    @Override public String getName() { return "Demo"; }
    @Override public String getAlias() { return "demo"; }
    @Override public void setAlias(String alias) { }
    @Override public boolean isEnabled() { return true; }
    @Override public void setEnabled(boolean enabled) { }
    @Override public String getDescription() { return null; }
    @Override public void setDescription(String description) { }
    @Override public String getRedirectUrl() { return null; }
    @Override public void setRedirectUrl(String redirectUrl) { }
    /** What the database holds now. */
    Map<String, List<String>> stored() {
        return Map.copyOf(attributes);
    }

    /** A write by another request (the admin console): this adapter reads afresh. */
    void storeFromElsewhere(Map<String, List<String>> attributes) {
        this.attributes = new HashMap<>(attributes);
        cached = null;
    }

    @Override
    public Map<String, List<String>> getAttributes() {
        if (cached == null) {
            cached = new HashMap<>(attributes);
        }
        return cached;
    }

    @Override
    public void setAttributes(Map<String, List<String>> attributes) {
        attributeWrites++;
        getAttributes().keySet().removeAll(attributes.keySet());
        this.attributes = new HashMap<>(attributes);
    }

    @Override public Stream<OrganizationDomainModel> getDomains() { return Stream.empty(); }
    @Override public void setDomains(Set<OrganizationDomainModel> domains) { }
    @Override public Stream<IdentityProviderModel> getIdentityProviders() { return Stream.empty(); }
    @Override public boolean isManaged(UserModel user) { return false; }
    @Override public boolean isMember(UserModel user) { return memberIds.contains(user.getId()); }
}
