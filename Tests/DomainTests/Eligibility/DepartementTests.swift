import Testing

@testable import Domain

@Suite("Covered départements")
struct DepartementTests {
    @Test("Every metropolitan département except Corsica is covered")
    func allMetropolitan() {
        for number in 1...95 where number != 20 {
            let code = number < 10 ? "0\(number)" : "\(number)"
            #expect(EligibilityRule.metropolitanExceptCorsica(code), "\(code)")
        }
    }

    @Test(
        "Corsica, overseas and malformed codes are not covered",
        arguments: [
            "2A", "2B", "2a", "20", "971", "972", "973", "974", "975", "976", "977", "00", "96", "99",
            "1", "001", "", "+5", "-1", "AB", "7 5",
        ]
    )
    func notCovered(code: String) {
        #expect(!EligibilityRule.metropolitanExceptCorsica(code))
    }

    @Test("Surrounding spaces are ignored")
    func trimmed() {
        #expect(EligibilityRule.metropolitanExceptCorsica(" 75 "))
    }
}
