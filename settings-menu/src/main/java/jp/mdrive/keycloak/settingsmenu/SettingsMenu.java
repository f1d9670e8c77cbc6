package jp.mdrive.keycloak.settingsmenu;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.RefusedChange;
import jp.mdrive.keycloak.core.settings.FreshSignIn;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * The 認証・契約情報変更メニュー (manual 2-5, R-MENU-1): the last step of a sign-in through the settings
 * client. The signed-in user stays on the menu and its pages, inside the flow, until トップ画面へ
 * leaves for the service's top page; every other client passes straight through. The sign-in never
 * completes, so the settings client yields no code and no token (R-SEC-3); it must be a sign-in with
 * a credential, not an SSO cookie, and pages act on it for {@link FreshSignIn#SECONDS} seconds
 * (R-SEC-2). Which items a user sees is {@link SettingsItem}'s table; asking for a hidden one is
 * refused with 403, and every change asks the authority again (R-SEC-1).
 */
public class SettingsMenu implements OwnStep {

    static final String HIDDEN = "mdrive_settings_hidden";
    static final String REFUSED = "mdrive_settings_refused";
    static final String STALE = "mdrive_settings_sign_in_again";
    private static final String PAGE = "mdrive.settings.page";
    private static final String SIGNED_IN_AT = "mdrive.settings.signed-in-at";

    private final Map<SettingsItem, SettingsPage> pages = new EnumMap<>(SettingsItem.class);

    SettingsMenu() {
        pages.put(SettingsItem.LOGIN_METHOD, new LoginMethodPage());
        pages.put(SettingsItem.EMAIL, new EmailChangePage());
        pages.put(SettingsItem.PASSWORD, new PasswordChangePage());
        pages.put(SettingsItem.ACCESS_ROUTE, new AccessRoutePage());
        pages.put(SettingsItem.TWO_STEP, new TwoStepPage());
        pages.put(SettingsItem.ACTIVE_DIRECTORY, new ActiveDirectoryPage());
        pages.put(SettingsItem.CONTRACT_INFO, new ContractInfoPage());
        pages.put(SettingsItem.PLAN, new PlanPage());
        pages.put(SettingsItem.CANCELLATION, new CancellationPage());
        pages.put(SettingsItem.MEMBERS, new MembersPage());
        pages.put(SettingsItem.LINES, new LineAuthenticationPage());
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!forSettings(context)) {
            context.success();
            return;
        }
        if (AuthenticatorUtil.isSSOAuthentication(context.getAuthenticationSession())) {
            // R-SEC-2: a session left open elsewhere never opens the menu; whoever is here signs in now
            context.getEvent().clone().user(context.getUser()).detail(Details.REASON, "sso_cookie_only").error(STALE);
            leave(context, SettingsSignIn.ENTRY_PATH);
            return;
        }
        context.getAuthenticationSession().setAuthNote(SIGNED_IN_AT, Long.toString(Time.currentTime()));
        context.getAuthenticationSession().removeAuthNote(PAGE);
        context.challenge(menu(context, viewer(context)));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("mdrive_top")) {
            leave(context, SettingsSignIn.TOP_PATH);
            return;
        }
        if (!signedInRecently(context)) {
            // R-SEC-2: changes act on a sign-in of the last minutes only; an older one signs in again
            context.getEvent().clone().user(context.getUser()).detail(Details.REASON, "sign_in_too_old").error(STALE);
            leave(context, SettingsSignIn.ENTRY_PATH);
            return;
        }
        Viewer viewer = viewer(context);
        if (form.containsKey("mdrive_menu")) {
            context.getAuthenticationSession().removeAuthNote(PAGE);
            context.challenge(menu(context, viewer));
            return;
        }
        String opened = form.getFirst("mdrive_open");
        String itemId = opened != null ? opened : context.getAuthenticationSession().getAuthNote(PAGE);
        SettingsItem item = itemId == null ? null : SettingsItem.byId(itemId).orElse(null);
        if (item == null && itemId == null) {
            context.challenge(menu(context, viewer));
            return;
        }
        if (item == null || !item.visibleTo(viewer)) {
            context.getEvent().clone().user(viewer.user()).detail(Details.REASON, itemId).error(HIDDEN);
            context.challenge(menuForm(context, viewer).setError("mdrive.settings.hidden").setStatus(Response.Status.FORBIDDEN)
                    .createForm(SettingsContext.MENU_TEMPLATE));
            return;
        }
        SettingsContext page = new SettingsContext(context, viewer, item);
        try {
            if (opened != null) {
                context.getAuthenticationSession().setAuthNote(PAGE, item.id());
                page.step("form");
                context.challenge(pages.get(item).open(page));
            } else if (form.containsKey("back")) {
                page.step("form");
                context.challenge(pages.get(item).back(page));
            } else {
                viewer.mayChange(item.change(), item.target()).orThrow();
                context.challenge(pages.get(item).submit(page, form));
            }
        } catch (RefusedChange e) {
            // R-SEC-1: the authority refuses this change now (another tab changed the contract, or a form was replayed)
            context.getEvent().clone().user(viewer.user()).detail(Details.REASON, e.getMessage()).error(REFUSED);
            page.step("form");
            context.challenge(menuForm(context, viewer).setError(e.getMessage(), e.getParameters())
                    .setStatus(e.kind() == RefusedChange.Kind.FORBIDDEN ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST)
                    .createForm(SettingsContext.MENU_TEMPLATE));
        } catch (InvalidContractSettingException e) {
            // someone stored a broken value by hand: say which rule it breaks rather than fail
            context.getEvent().clone().user(viewer.user()).detail(Details.REASON, e.getMessage()).error(Errors.INVALID_INPUT);
            context.challenge(menuForm(context, viewer).setError(e.getMessage(), e.getParameters()).createForm(SettingsContext.MENU_TEMPLATE));
        }
    }

    private static boolean signedInRecently(AuthenticationFlowContext context) {
        String at = context.getAuthenticationSession().getAuthNote(SIGNED_IN_AT);
        try {
            return at != null && FreshSignIn.isFresh(Long.parseLong(at));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Leaves the settings client's sign-in for a page of the realm's, without a code: the client yields no tokens (R-SEC-3). */
    private static void leave(AuthenticationFlowContext context, String path) {
        endSignIn(context);
        context.forceChallenge(Response.seeOther(SettingsSignIn.realmPath(context.getSession(), context.getRealm(), path)).build());
    }

    /** After this, the sign-in's pages act on nothing: a form posted again (the back button) is sent to sign in again. */
    private static void endSignIn(AuthenticationFlowContext context) {
        context.getAuthenticationSession().removeAuthNote(SIGNED_IN_AT);
        context.getAuthenticationSession().removeAuthNote(PAGE);
    }

    static boolean forSettings(AuthenticationFlowContext context) {
        return SettingsSignIn.isSettingsClient(context.getAuthenticationSession().getClient());
    }

    private static Viewer viewer(AuthenticationFlowContext context) {
        return Viewer.of(context.getSession(), context.getUser(), JapanCalendar.today());
    }

    private static Response menu(AuthenticationFlowContext context, Viewer viewer) {
        return menuForm(context, viewer).createForm(SettingsContext.MENU_TEMPLATE);
    }

    private static LoginFormsProvider menuForm(AuthenticationFlowContext context, Viewer viewer) {
        List<String> visible = Arrays.stream(SettingsItem.values()).filter(item -> {
            try {
                return item.visibleTo(viewer);
            } catch (InvalidContractSettingException e) {
                return false;
            }
        }).map(SettingsItem::id).toList();
        return new SettingsContext(context, viewer, null).form().setAttribute("mdriveSettingsVisible", visible);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
