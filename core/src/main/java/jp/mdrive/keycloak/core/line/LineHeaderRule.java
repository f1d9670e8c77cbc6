package jp.mdrive.keycloak.core.line;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import jp.mdrive.keycloak.core.config.CommaList;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.contract.LineNumber;
import jp.mdrive.keycloak.core.metrics.MdriveMetrics;
import jp.mdrive.keycloak.core.metrics.RateLimitedWarning;

/**
 * R-LINE-3: the header that names the line, believed only from peers inside the trusted blocks.
 * From anyone else it is ignored, counted and logged (rate-limited): nobody on the internet can claim a
 * line by sending it, nor flood the log by trying.
 */
public record LineHeaderRule(String headerName, List<Cidr> trustedProxies) {

    private static final Logger LOG = Logger.getLogger(LineHeaderRule.class);
    /** Anyone can send the header: every such request is counted, but the log hears of it once a minute. */
    private static final RateLimitedWarning UNTRUSTED = new RateLimitedWarning(LOG, Duration.ofMinutes(1));

    /** @param trustedProxies comma-separated CIDR blocks; blank trusts nobody */
    public static LineHeaderRule of(String headerName, String trustedProxies) {
        List<Cidr> blocks = CommaList.parse(trustedProxies).stream().map(Cidr::parse).toList();
        return new LineHeaderRule(headerName, blocks);
    }

    /** The line a request with this header value from this peer address comes through. */
    public Optional<LineNumber> lineOf(String header, String peer) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (!trusted(peer)) {
            MdriveMetrics.untrustedLineHeader();
            UNTRUSTED.warn("Ignoring " + headerName + " from " + peer + ": not a trusted line gateway");
            return Optional.empty();
        }
        try {
            return Optional.of(LineNumber.parse(header));
        } catch (InvalidContractSettingException e) {
            LOG.warnf("Ignoring %s from gateway %s: not a line number", headerName, peer);
            return Optional.empty();
        }
    }

    private boolean trusted(String peer) {
        if (peer == null || !peer.matches("[0-9A-Fa-f:.%a-z]+")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(peer);
            return trustedProxies.stream().anyMatch(block -> block.contains(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
