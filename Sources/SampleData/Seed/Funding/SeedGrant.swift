import Domain
import Foundation
import Persistence

/// One generated application and, when granted, its money and reports.
struct SeedGrant {
    let departement: Departement
    let association: SeedAssociation
    let year: Int
    let index: Int
    let status: ApplicationStatus
    let tags: [ThematicTag]
    /// Euros asked and granted per year of the plan (cents).
    let asked: [Int]
    let granted: [Int]
    let financialYearEnd: (day: Int, month: Int)
    let commune: String
    let expected: Int
    let committed: Bool
    var number: String?
    /// CP paid per payment year.
    var paidByYear: [Int: Int] = [:]
    /// Σ people the filed reports declare.
    var peopleServed: Int?

    static let themes: [(ThematicTag, Int)] = [
        (.language, 30), (.employment, 28), (.rights, 12), (.housing, 8), (.citizenship, 6), (.hostSociety, 6),
        (.cultureSport, 4), (.health, 4), (.coordination, 2),
    ]

    init(
        departement: Departement,
        association: SeedAssociation,
        year: Int,
        index: Int,
        currentYear: Int,
        commune: String,
        random: inout SplitMix64
    ) {
        self.departement = departement
        self.association = association
        self.year = year
        self.index = index
        self.commune = commune
        let draw = random.unit()
        if year < currentYear {
            status = draw < 0.75 ? .granted : .refused
        } else {
            status =
                draw < 0.12
                ? .draft : draw < 0.32 ? .submitted : draw < 0.47 ? .scored : draw < 0.85 ? .granted : .refused
        }
        var chosen: [ThematicTag] = []
        for _ in 0..<(random.chance(0.4) ? 2 : 1) {
            var pick = random.below(100)
            for (tag, weight) in Self.themes {
                if pick < weight {
                    if !chosen.contains(tag) { chosen.append(tag) }
                    break
                }
                pick -= weight
            }
        }
        tags = chosen.isEmpty ? [.language] : chosen
        let amount = random.int(in: 10...120) * 50_000
        let multiYear = year < currentYear && random.chance(0.08)
        asked = multiYear ? [amount, amount, amount] : [amount]
        granted = asked.map { $0 * random.int(in: 80...100) / 100 / 10_000 * 10_000 }
        financialYearEnd = random.chance(0.9) ? (31, 12) : (30, 6)
        expected = random.int(in: 15...120)
        committed = status == .granted && (year < currentYear || random.chance(0.8))
    }

    var id: String { "seed-app-\(year)-\(departement.code)-\(index + 1)" }
    var grantedTotal: Int { status == .granted ? granted.reduce(0, +) : 0 }
    var conventionRequired: Bool { granted.count > 1 || granted[0] > ConventionRule.threshold.cents }

    /// The first financial year of the grant: the one containing the action's start (1 March of its year).
    var firstFinancialYear: FinancialYear? {
        FinancialYear.containing(
            CalendarDay(year: year, month: 3, day: 1) ?? CalendarDay.firstOfJanuary(year),
            endMonth: financialYearEnd.month,
            endDay: financialYearEnd.day
        )
    }

    /// The cerfa 12156 values a generated application holds: enough for every screen and rule.
    var values: [String: String] {
        let total = asked[0] * 2
        var values: [String: String] = [
            "org.name": association.name, "org.siret": association.siret, "org.rna": association.rna,
            "org.address": "1 place de la Mairie", "org.commune": commune, "rep.last_name": "Martin",
            "rep.first_name": "Claire", "rep.function": "Présidente", "rep.phone": "01 00 00 00 00",
            "rep.email": "contact@association.example", "admin.public_aid": "50000.00",
            "org.financial_year_end": MonthDay.format(day: financialYearEnd.day, month: financialYearEnd.month),
            "staff.members": "60", "staff.volunteers": "15", "staff.employees": "3", "staff.fte": "2",
            "project.title": "\(tags[0].label) – action \(index + 1) \(year)",
            "project.objectives": "Objectifs de l'action.",
            "project.description": "Description de l'action.", "project.public": "Signataires du CIR",
            "project.expected_people": String(expected), "project.communes": commune, "project.start": "\(year)-03-01",
            "project.end": "\(year)-12-31", "project.tags": ThematicTag.stored(tags),
            "project.period": asked.count > 1 ? "pluriannuelle" : "annuelle",
            "indicator.1.label": "Personnes accompagnées",
            "indicator.1.target": String(expected), "budget.64": Money(cents: total).decimal,
            "budget.74.etat_p104": Money(cents: asked[0]).decimal,
            "budget.75": Money(cents: total - asked[0]).decimal, "attest.cer": "oui", "attest.regularity": "oui",
            "attest.accuracy": "oui", "attest.signatory": "Claire Martin",
        ]
        for (offset, amount) in asked.enumerated().dropFirst() {
            values["project.amount.\(offset + 1)"] = Money(cents: amount).decimal
        }
        return values
    }

    static func json(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
