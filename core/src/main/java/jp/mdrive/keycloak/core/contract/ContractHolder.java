package jp.mdrive.keycloak.core.contract;

import java.util.regex.Pattern;

import jp.mdrive.keycloak.core.text.TypedText;

/**
 * 契約情報: who holds the contract, as the 契約情報変更 page edits it. Name, company and address are
 * free text of bounded length under {@link TypedText}'s rule (R-SEC-4); the phone number is digits
 * with optional hyphens or a leading +.
 */
public record ContractHolder(String name, String company, String address, String phone) {

    static final int MAX_NAME = 100;
    static final int MAX_COMPANY = 100;
    static final int MAX_ADDRESS = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{8,19}");

    public ContractHolder {
        name = TypedText.clean(name);
        company = TypedText.clean(company);
        address = TypedText.clean(address);
        phone = TypedText.clean(phone);
    }

    /** The rules, checked before anything is stored: each refusal names its field. */
    public void validate() {
        if (name.isEmpty()) {
            throw new InvalidContractSettingException("mdrive.contract.holderNameRequired");
        }
        check("name", name, MAX_NAME);
        check("company", company, MAX_COMPANY);
        check("address", address, MAX_ADDRESS);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new InvalidContractSettingException("mdrive.contract.invalidHolderPhone", phone);
        }
    }

    private static void check(String field, String value, int maxLength) {
        TypedText.problem(value, maxLength).ifPresent(problem -> {
            throw switch (problem) {
                case TOO_LONG -> new InvalidContractSettingException("mdrive.contract.holder." + field + ".tooLong", maxLength);
                case FORBIDDEN_CHARACTERS -> new InvalidContractSettingException("mdrive.contract.holder." + field + ".invalidCharacters");
            };
        });
    }
}
