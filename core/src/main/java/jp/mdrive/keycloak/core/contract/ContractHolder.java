package jp.mdrive.keycloak.core.contract;

import java.util.regex.Pattern;

import jp.mdrive.keycloak.core.text.PlainText;

/**
 * 契約情報: who holds the contract, as the 契約情報変更 page edits it. Name, company and address are
 * free text of bounded length; the phone number is digits with optional hyphens or a leading +.
 */
public record ContractHolder(String name, String company, String address, String phone) {

    static final int MAX_LENGTH = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{8,19}");

    public ContractHolder {
        name = clean(name);
        company = clean(company);
        address = clean(address);
        phone = clean(phone);
    }

    /** The rules, checked before anything is stored: each refusal names its field. */
    public void validate() {
        if (name.isEmpty()) {
            throw new InvalidContractSettingException("mdrive.contract.holderNameRequired");
        }
        for (String value : new String[] {name, company, address}) {
            if (value.length() > MAX_LENGTH) {
                throw new InvalidContractSettingException("mdrive.contract.holderTooLong", MAX_LENGTH);
            }
            if (!PlainText.fits(value, MAX_LENGTH)) {
                throw new InvalidContractSettingException("mdrive.contract.holderInvalidCharacters");
            }
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new InvalidContractSettingException("mdrive.contract.invalidHolderPhone", phone);
        }
    }

    private static String clean(String value) {
        // spaces run together; line breaks and other controls stay, for validate() to refuse
        return value == null ? "" : value.strip().replaceAll("\\p{Zs}+", " ");
    }
}
