import Domain
import Persistence
import Services

/// The organisations and accounts the generator creates per département, with predictable e-mail addresses.
public enum SeedAccounts {
    /// The password of every generated account.
    public static let password = "parcours-seed-2026"
    /// The e-mail domain of generated accounts.
    public static let domain = "seed.parcours.test"

    /// The identifier of the AGIR operator of a département.
    static func operatorID(_ code: String) -> String { "seed-op-\(code)" }
    /// The identifier of the OFII direction of a département.
    static func ofiiID(_ code: String) -> String { "seed-ofii-\(code)" }
    /// The identifier of the manager account of a département's operator.
    static func managerID(_ code: String) -> String { "seed-acc-responsable-\(code)" }
    /// The identifier of the OFII agent of a département.
    static func ofiiAgentID(_ code: String) -> String { "seed-acc-ofii-\(code)" }
    /// The identifier of a caseworker of a département's operator.
    static func caseworkerID(_ code: String, _ slot: Int) -> String { "seed-acc-referent-\(code)-\(slot + 1)" }

    /// The e-mail address of a caseworker (slot from 0).
    public static func caseworkerEmail(_ code: String, _ slot: Int) -> String {
        "referent.\(code).\(slot + 1)@\(domain)"
    }

    /// The e-mail address of a département's role account (`responsable`, `ofii`, `prefecture`).
    public static func email(_ role: String, _ code: String) -> String { "\(role).\(code)@\(domain)" }

    /// The national steering account.
    public static let nationalEmail = "national@\(domain)"

    /// The rows of the organisations and accounts of one département.
    static func rows(
        departement: Departement,
        caseworkers: Int,
        passwordHash: String,
        createdAt: String,
        into rows: inout SeedRows
    ) {
        let code = departement.code
        let scope = TerritorialScope.departements([code]).storedValue
        for (id, name, kind) in [
            (operatorID(code), "Opérateur AGIR – \(departement.name) (synthétique)", OrganisationKind.agirOperator),
            (ofiiID(code), "OFII – direction territoriale \(departement.name) (synthétique)", .ofiiDirection),
            ("seed-pref-\(code)", "Préfecture – \(departement.name) (synthétique)", .prefecture),
        ] {
            rows.organisations.append([
                .text(id), .text(name), .text(kind.rawValue), .null, .null, .text(code), .boolean(true),
                .text(createdAt),
            ])
        }
        var accounts: [(String, String, String, String, String)] = [
            (managerID(code), operatorID(code), email("responsable", code), "Responsable \(code)", "responsable"),
            (ofiiAgentID(code), ofiiID(code), email("ofii", code), "Agent OFII \(code)", "ofii"),
            (
                "seed-acc-prefecture-\(code)", "seed-pref-\(code)", email("prefecture", code), "Agent DDETS \(code)",
                "prefecture"
            ),
        ]
        for slot in 0..<caseworkers {
            accounts.append(
                (
                    caseworkerID(code, slot), operatorID(code), caseworkerEmail(code, slot),
                    "Référent \(code)-\(slot + 1)",
                    "referent"
                )
            )
        }
        for (id, organisation, email, name, role) in accounts {
            rows.accounts.append([
                .text(id), .text(organisation), .text(email), .text(name), .text(role), .text(scope),
                .text(passwordHash), .boolean(true), .text(createdAt),
            ])
        }
    }

    /// The national steering organisation and account.
    static func nationalRows(passwordHash: String, createdAt: String, into rows: inout SeedRows) {
        rows.organisations.append([
            .text("seed-dgef"), .text("DGEF – pilotage national (génération)"),
            .text(OrganisationKind.ministry.rawValue), .null, .null, .text(""), .boolean(true), .text(createdAt),
        ])
        rows.accounts.append([
            .text("seed-acc-national"), .text("seed-dgef"), .text(nationalEmail), .text("Pilotage national"),
            .text("national"), .text(TerritorialScope.nation.storedValue), .text(passwordHash), .boolean(true),
            .text(createdAt),
        ])
    }
}
