package jp.mdrive.keycloak.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicAddressTest {

    @ParameterizedTest(name = "{0} public={1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0                  | false | unspecified
            0.1.2.3                  | false | this network
            10.0.0.1                 | false | private 10/8
            10.255.255.255           | false | private 10/8, last
            100.63.255.255           | true  | just below CGNAT
            100.64.0.1               | false | CGNAT 100.64/10
            100.127.255.255          | false | CGNAT, last
            100.128.0.0              | true  | just above CGNAT
            127.0.0.1                | false | loopback
            127.0.0.2                | false | loopback, not only .1
            127.255.255.254          | false | loopback, last
            169.254.169.254          | false | cloud metadata service
            169.254.0.1              | false | link-local
            172.15.255.255           | true  | just below 172.16/12
            172.16.0.1               | false | private 172.16/12
            172.31.255.255           | false | private 172.16/12, last
            172.32.0.0               | true  | just above 172.16/12
            192.0.0.8                | false | IETF protocol assignments
            192.0.2.10               | false | documentation
            192.88.99.1              | false | 6to4 relay anycast
            192.167.255.255          | true  | just below 192.168/16
            192.168.1.1              | false | private 192.168/16
            192.169.0.0              | true  | just above 192.168/16
            198.18.0.1               | false | benchmarking
            198.51.100.7             | false | documentation
            203.0.113.9              | false | documentation
            224.0.0.1                | false | multicast
            239.255.255.250          | false | multicast (SSDP)
            240.0.0.1                | false | reserved
            255.255.255.255          | false | broadcast
            1.1.1.1                  | true  | public resolver
            8.8.8.8                  | true  | public resolver
            20.190.128.1             | true  | public (Microsoft)
            52.95.110.1              | true  | public (cloud)
            ::                       | false | IPv6 unspecified
            ::1                      | false | IPv6 loopback
            ::127.0.0.1              | false | IPv4-compatible (deprecated)
            ::ffff:127.0.0.1         | false | IPv4-mapped loopback
            ::ffff:169.254.169.254   | false | IPv4-mapped metadata service
            ::ffff:10.1.2.3          | false | IPv4-mapped private
            ::ffff:8.8.8.8           | true  | IPv4-mapped public
            64:ff9b::7f00:1          | false | NAT64 of 127.0.0.1
            64:ff9b::a9fe:a9fe       | false | NAT64 of 169.254.169.254
            64:ff9b::808:808         | true  | NAT64 of 8.8.8.8
            64:ff9b:1::1             | false | local-use NAT64
            2002:7f00:1::1           | false | 6to4 of 127.0.0.1
            2002:c0a8:101::1         | false | 6to4 of 192.168.1.1
            2002:808:808::1          | true  | 6to4 of 8.8.8.8
            100::1                   | false | discard-only
            2001::1                  | false | Teredo
            2001:db8::1              | false | documentation
            3fff::1                  | false | documentation (2024)
            fc00::1                  | false | unique local
            fd12:3456:789a::1        | false | unique local
            fe80::1                  | false | link-local
            febf:ffff::1             | false | link-local, last
            fec0::1                  | false | site-local (deprecated)
            ff02::1                  | false | multicast
            2001:4860:4860::8888     | true  | public resolver
            2606:4700:4700::1111     | true  | public resolver
            2a01:111:f400::1         | true  | public (Microsoft)
            """)
    @DisplayName("R-SEC-5 addresses are public only outside every internal, special and reserved range")
    void classification(String address, boolean expected, String why) throws Exception {
        assertEquals(expected, PublicAddress.isPublic(InetAddress.getByName(address)), address + ": " + why);
    }

    @Test
    @DisplayName("R-SEC-5 an IPv4-mapped address kept in IPv6 form is judged by its IPv4 address")
    void mappedInIpv6Form() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
        assertInstanceOf(Inet6Address.class, address);
        assertFalse(PublicAddress.isPublic(address));
    }
}
