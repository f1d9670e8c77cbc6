package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.core.pages.DonePage;

/** The completion page of the link's purpose; the link is spent, so any button shows it again. */
final class SetupDonePage extends SetupPage {

    SetupDonePage() {
        super(DonePage.TEMPLATE);
    }

    @Override
    Response open(SetupContext setup) {
        String prefix = "mdrive.setup." + setup.purpose().value();
        return DonePage.render(setup.session(), setup.action().form(), setup.action().getAuthenticationSession().getClient(),
                prefix + ".doneTitle", prefix + ".done");
    }

    @Override
    void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        setup.challenge(open(setup));
    }
}
