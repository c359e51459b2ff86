import Testing

@testable import Domain

@Suite("ProtectionKind")
struct ProtectionKindTests {
    @Test(
        "French labels and raw values",
        arguments: [
            (ProtectionKind.refugee, "réfugié", "refugee"), (.subsidiary, "protection subsidiaire", "subsidiary"),
            (.stateless, "apatride", "stateless"), (.temporary, "protection temporaire", "temporary"),
        ]
    )
    func labels(kind: ProtectionKind, label: String, raw: String) {
        #expect(kind.label == label)
        #expect(kind.rawValue == raw)
    }

    @Test("Only temporary protection does not open AGIR")
    func opensAGIR() {
        #expect(ProtectionKind.allCases.filter { !$0.opensAGIR } == [.temporary])
    }
}
