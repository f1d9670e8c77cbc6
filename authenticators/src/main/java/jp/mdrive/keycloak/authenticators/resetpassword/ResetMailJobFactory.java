package jp.mdrive.keycloak.authenticators.resetpassword;

import jp.mdrive.keycloak.core.mail.outbox.StatelessMailJobFactory;

public class ResetMailJobFactory extends StatelessMailJobFactory {

    public ResetMailJobFactory() {
        super(ResetMailJob.KIND, new ResetMailJob());
    }
}
