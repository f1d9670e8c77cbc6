package jp.mdrive.keycloak.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import jp.mdrive.keycloak.core.line.Cidr;

/**
 * R-SEC-5: whether an address is on the public internet, so that the server may fetch from it on a
 * customer's behalf. Everything that only makes sense inside a network (this host, private and
 * carrier-grade NAT ranges, link-local including the cloud metadata service 169.254.169.254,
 * unique-local IPv6, multicast, reserved and documentation ranges) is not. IPv4 carried inside IPv6
 * (mapped, NAT64, 6to4) is judged by the IPv4 address it carries.
 */
public final class PublicAddress {

    private static final List<Cidr> NOT_PUBLIC = blocks(
            "0.0.0.0/8",          // "this network", includes the unspecified 0.0.0.0
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // carrier-grade NAT
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local, cloud metadata services
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments
            "192.0.2.0/24",       // documentation
            "192.88.99.0/24",     // 6to4 relay anycast
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation
            "203.0.113.0/24",     // documentation
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4",        // reserved, broadcast
            "::/96",              // unspecified, loopback, IPv4-compatible (deprecated)
            "64:ff9b:1::/48",     // local-use NAT64
            "100::/64",           // discard-only
            "2001::/23",          // IETF protocol assignments, Teredo
            "2001:db8::/32",      // documentation
            "3fff::/20",          // documentation
            "fc00::/7",           // unique local
            "fe80::/10",          // link-local
            "fec0::/10",          // site-local (deprecated)
            "ff00::/8");          // multicast
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private PublicAddress() {
    }

    public static boolean isPublic(InetAddress address) {
        if (NOT_PUBLIC.stream().anyMatch(block -> block.contains(address))) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (NAT64.contains(address)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static List<Cidr> blocks(String... blocks) {
        return Arrays.stream(blocks).map(Cidr::parse).toList();
    }
}
