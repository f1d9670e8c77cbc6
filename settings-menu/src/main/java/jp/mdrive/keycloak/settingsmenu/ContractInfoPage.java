package jp.mdrive.keycloak.settingsmenu;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractHolder;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

/** 契約情報変更: the holder's name, company, address and phone, a confirmation, then the done page. */
final class ContractInfoPage extends SettingsPage {

    private static final String[] FIELDS = {"name", "company", "address", "phone"};

    ContractInfoPage() {
        super("mdrive-settings-contract.ftl");
    }

    @Override
    Response open(SettingsContext context) {
        return show(form(context, context.contract().holder()));
    }

    /** Back from the confirmation keeps what was typed. */
    @Override
    Response back(SettingsContext context) {
        return show(form(context, pending(context)));
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        if (context.step().equals("confirm") && form.containsKey("confirm")) {
            ContractHolder holder = pending(context);
            contract.setHolder(holder);
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_contract_holder", "changed").success();
            return context.done("mdrive.settings.contract.title", "mdrive.settings.contract.done");
        }
        ContractHolder holder = new ContractHolder(form.getFirst("name"), form.getFirst("company"), form.getFirst("address"),
                form.getFirst("phone"));
        try {
            holder.validate();
        } catch (InvalidContractSettingException e) {
            return show(form(context, holder).setError(e.getMessage(), e.getParameters()));
        }
        for (String field : FIELDS) {
            context.note("mdrive.settings.holder." + field, value(holder, field));
        }
        return confirmation(context, form(context, holder));
    }

    private static ContractHolder pending(SettingsContext context) {
        return new ContractHolder(context.note("mdrive.settings.holder.name"), context.note("mdrive.settings.holder.company"),
                context.note("mdrive.settings.holder.address"), context.note("mdrive.settings.holder.phone"));
    }

    private static String value(ContractHolder holder, String field) {
        return switch (field) {
            case "name" -> holder.name();
            case "company" -> holder.company();
            case "address" -> holder.address();
            default -> holder.phone();
        };
    }

    private static LoginFormsProvider form(SettingsContext context, ContractHolder holder) {
        return context.form().setAttribute("mdriveHolder", Map.of("name", holder.name(), "company", holder.company(),
                "address", holder.address(), "phone", holder.phone()));
    }
}
