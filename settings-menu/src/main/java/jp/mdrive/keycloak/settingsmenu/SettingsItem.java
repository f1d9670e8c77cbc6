package jp.mdrive.keycloak.settingsmenu;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.authority.Role;
import jp.mdrive.keycloak.core.authority.Target;

/**
 * The items of the 認証・契約情報変更メニュー and who sees them: the table of R-MENU-1 (manual 0) is
 * what the authority table offers the viewer (R-SEC-1), narrowed where the manual's menu is narrower
 * (the route is the contractor's item; admins set it in the 管理コンソール). The members page is the
 * contract admins' (manual 2.2). A hidden item is refused when asked for directly, not only left off
 * the menu, and every change a page makes asks the authority again. 回線認証設定 (manual 4.2, the
 * 管理コンソール's page) is the contractor's and the contract admins', beside 利用者管理.
 */
enum SettingsItem {

    LOGIN_METHOD("login-method", Change.LOGIN_METHOD, Target.OWN, v -> true),
    EMAIL("email", Change.EMAIL, Target.OWN, v -> true),
    PASSWORD("password", Change.PASSWORD, Target.OWN, v -> true),
    ACCESS_ROUTE("access-route", Change.ROUTE, Target.CONTRACT, v -> v.role() == Role.CONTRACTOR),
    TWO_STEP("two-step", Change.TWO_STEP_SWITCH, Target.CONTRACT, v -> true),
    ACTIVE_DIRECTORY("active-directory", Change.ACTIVE_DIRECTORY, Target.CONTRACT, v -> true),
    CONTRACT_INFO("contract", Change.CONTRACT_INFO, Target.CONTRACT, v -> true),
    PLAN("plan", Change.PLAN, Target.CONTRACT, v -> true),
    CANCELLATION("cancellation", Change.CANCELLATION, Target.CONTRACT, v -> true),
    MEMBERS("members", Change.INVITATION, Target.CONTRACT, v -> true),
    LINES("lines", Change.LINES, Target.CONTRACT, v -> true);

    private final String id;
    private final Change change;
    private final Target target;
    private final Predicate<Viewer> menuNarrows;

    SettingsItem(String id, Change change, Target target, Predicate<Viewer> menuNarrows) {
        this.id = id;
        this.change = change;
        this.target = target;
        this.menuNarrows = menuNarrows;
    }

    String id() {
        return id;
    }

    Change change() {
        return change;
    }

    Target target() {
        return target;
    }

    boolean visibleTo(Viewer viewer) {
        return viewer.offered(change, target) && menuNarrows.test(viewer);
    }

    static Optional<SettingsItem> byId(String id) {
        return Arrays.stream(values()).filter(item -> item.id.equals(id)).findFirst();
    }
}
