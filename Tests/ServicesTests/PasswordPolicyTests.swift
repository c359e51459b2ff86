import SampleData
import Services
import Testing

@Suite("Règles de mot de passe (recommandations de l'ANSSI)")
struct PasswordPolicyTests {
    @Test func elevenCharactersAreTooFewTwelveAreEnough() {
        #expect(PasswordPolicy.problem(with: "abcdefghijk", email: "a@b.fr") != nil)
        #expect(PasswordPolicy.problem(with: "abcdefghijkl", email: "a@b.fr") == nil)
    }

    @Test func aLongPassphraseWithoutDigitsOrSymbolsIsAccepted() {
        #expect(PasswordPolicy.problem(with: "cheval correct agrafe pile", email: "a@b.fr") == nil)
    }

    @Test func repeatedCharactersAndTheLoginAreRefused() {
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaaaaaaaa", email: "a@b.fr") != nil)
        #expect(PasswordPolicy.problem(with: "camille.martin-2026", email: "camille.martin@exemple.fr") != nil)
    }

    @Test func theDemoPasswordFollowsTheRules() {
        #expect(PasswordPolicy.problem(with: DemoDepartement.password, email: "referent@demo.parcours.test") == nil)
    }
}
