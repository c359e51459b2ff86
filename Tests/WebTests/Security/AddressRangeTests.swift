import Testing

@testable import Web

/// Addresses and ranges of the trusted proxies and of the readers of `/metrics`.
@Suite("Adresses et plages")
struct AddressRangeTests {
    @Test func rangesContainTheirAddresses() throws {
        let network = try #require(AddressRange("10.1.0.0/16"))
        #expect(network.contains("10.1.255.3"))
        #expect(!network.contains("10.2.0.1"))
        #expect(try #require(AddressRange("::1")).contains("::1"))
        #expect(AddressRange.loopback.contains { $0.contains("127.0.0.1") })
        #expect(AddressRange.loopback.contains { $0.contains("::ffff:127.0.0.1") })
        #expect(!AddressRange.loopback.contains { $0.contains("inconnue") })
        #expect(try #require(AddressRange("2001:db8::/32")).contains("2001:db8::7"))
    }

    @Test func badListsAreRefusedWhole() {
        #expect(AddressRange.list("127.0.0.1, 10.0.0.0/8")?.count == 2)
        #expect(AddressRange.list("127.0.0.1, proxy.local") == nil)
        #expect(AddressRange("10.0.0.0/33") == nil)
    }

    @Test func theClientIsTheNearestHopThatIsNoTrustedProxy() {
        let trusted: (String) -> Bool = { $0 == "10.0.0.2" || $0 == "10.0.0.3" }
        #expect(
            ClientAddressMiddleware.client(hops: ["198.51.100.7", "203.0.113.5", "10.0.0.3"], trusted: trusted)
                == "203.0.113.5"
        )
        #expect(ClientAddressMiddleware.client(hops: ["10.0.0.2"], trusted: trusted) == "10.0.0.2")
        #expect(ClientAddressMiddleware.client(hops: ["n'importe quoi", "10.0.0.3"], trusted: trusted) == nil)
    }

    @Test func everyRouteDeclaresABodyLimitAndFormsAcceptLessThanUploads() {
        for route in SiteRoute.allCases {
            if route.method == .get { #expect(route.bodyLimit == BodyLimit.none) } else { #expect(route.bodyLimit > 0) }
            #expect(route.bodyLimit <= BodyLimit.upload)
        }
        #expect(SiteRoute.loginSubmit.bodyLimit == BodyLimit.form)
        #expect(BodyLimit.form < BodyLimit.upload)
    }
}
