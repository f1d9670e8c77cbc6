package jp.mdrive.keycloak.core.mail;

import jp.mdrive.keycloak.core.mail.outbox.StatelessMailJobFactory;

public class TemplateMailJobFactory extends StatelessMailJobFactory {

    public TemplateMailJobFactory() {
        super(TemplateMailJob.KIND, new TemplateMailJob());
    }
}
