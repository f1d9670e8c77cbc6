package jp.mdrive.keycloak.authenticators.settings;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import jp.mdrive.keycloak.core.contract.Plan;

/**
 * The items of the 認証・契約情報変更メニュー and who sees them: the table of R-MENU-1 (manual 0), and
 * the members page, which is the contract admins' (manual 2.2). A hidden item is refused when asked
 * for directly, not only left off the menu.
 */
enum SettingsItem {

    LOGIN_METHOD("login-method", Group.CREDENTIALS, v -> v.isContractor() && v.plan() == Plan.BASIC),
    EMAIL("email", Group.CREDENTIALS, v -> v.isContractor() && v.plan() == Plan.BASIC),
    PASSWORD("password", Group.CREDENTIALS, Viewer::passwordUser),
    ACCESS_ROUTE("access-route", Group.AUTHENTICATION, Viewer::isContractor),
    TWO_STEP("two-step", Group.AUTHENTICATION, Viewer::isContractor),
    ACTIVE_DIRECTORY("active-directory", Group.AUTHENTICATION, Viewer::isContractor),
    CONTRACT_INFO("contract", Group.CONTRACT, v -> v.isContractor() && v.plan() == Plan.BASIC),
    PLAN("plan", Group.CONTRACT, v -> v.isContractor() && v.mayChangePlan()),
    CANCELLATION("cancellation", Group.CONTRACT, v -> v.isContractor() && v.plan() == Plan.BASIC),
    MEMBERS("members", Group.ADMINISTRATION, Viewer::managesMembers);

    enum Group { CREDENTIALS, AUTHENTICATION, CONTRACT, ADMINISTRATION }

    private final String id;
    private final Group group;
    private final Predicate<Viewer> visible;

    SettingsItem(String id, Group group, Predicate<Viewer> visible) {
        this.id = id;
        this.group = group;
        this.visible = visible;
    }

    String id() {
        return id;
    }

    Group group() {
        return group;
    }

    boolean visibleTo(Viewer viewer) {
        return visible.test(viewer);
    }

    static Optional<SettingsItem> byId(String id) {
        return Arrays.stream(values()).filter(item -> item.id.equals(id)).findFirst();
    }
}
