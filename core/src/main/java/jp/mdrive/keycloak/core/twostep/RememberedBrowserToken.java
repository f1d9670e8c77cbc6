package jp.mdrive.keycloak.core.twostep;

import org.keycloak.TokenCategory;
import org.keycloak.representations.JsonWebToken;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The content of the remembered-browser cookie, signed with the realm's internal (HMAC) key. */
public class RememberedBrowserToken extends JsonWebToken {

    static final String TYPE = "mdrive-remembered-browser";

    @JsonProperty("mdrive_registration")
    private String registration;

    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = registration;
    }

    @Override
    public TokenCategory getCategory() {
        return TokenCategory.INTERNAL;
    }
}
