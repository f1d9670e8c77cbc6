package jp.mdrive.keycloak.authenticators.settings;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.PendingSetup;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * The 認証・契約情報変更メニュー (manual 2-5, R-MENU-1): the last step of a sign-in through the settings
 * client. The signed-in user stays on the menu and its pages, inside the flow, until トップ画面へ
 * ends the sign-in; every other client passes straight through. Which items a user sees is
 * {@link SettingsItem}'s table; asking for a hidden one is refused with 403, whatever the page showed.
 */
public class SettingsMenu implements OwnStep {

    static final String CLIENTS = "mdrive.settings.clients";
    static final String DEFAULT_CLIENTS = "mdrive-settings";
    static final String HIDDEN = "mdrive_settings_hidden";
    private static final String PAGE = "mdrive.settings.page";

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
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (!forSettings(context)) {
            context.success();
            return;
        }
        Optional<String> setup = PendingSetup.requested(context.getAuthenticationSession());
        if (setup.isPresent()) {
            // a provider sign-in the login-setup pages started: no menu, on to the completion page,
            // unless the account that came back was not linked for that setup (say it was someone else's)
            if (PendingSetup.completedFor(context.getSession(), setup.get(), context.getUser())) {
                context.success();
            } else {
                context.getEvent().clone().user(context.getUser()).detail(Details.REASON, "setup_not_completed").error(Errors.INVALID_TOKEN);
                context.failureChallenge(AuthenticationFlowError.INVALID_USER,
                        context.form().setError("mdrive.setup.accountTaken").createErrorPage(Response.Status.BAD_REQUEST));
            }
            return;
        }
        context.getAuthenticationSession().removeAuthNote(PAGE);
        context.challenge(menu(context, viewer(context)));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        Viewer viewer = viewer(context);
        if (form.containsKey("mdrive_top")) {
            context.getAuthenticationSession().removeAuthNote(PAGE);
            context.success();
            return;
        }
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
                context.challenge(pages.get(item).submit(page, form));
            }
        } catch (InvalidContractSettingException e) {
            // someone stored a broken value by hand: say which rule it breaks rather than fail
            context.getEvent().clone().user(viewer.user()).detail(Details.REASON, e.getMessage()).error(Errors.INVALID_INPUT);
            context.challenge(menuForm(context, viewer).setError(e.getMessage(), e.getParameters()).createForm(SettingsContext.MENU_TEMPLATE));
        }
    }

    static boolean forSettings(AuthenticationFlowContext context) {
        String listed = ExecutionConfig.string(context.getAuthenticatorConfig(), CLIENTS, DEFAULT_CLIENTS);
        Set<String> clients = Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return clients.contains(context.getAuthenticationSession().getClient().getClientId());
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
