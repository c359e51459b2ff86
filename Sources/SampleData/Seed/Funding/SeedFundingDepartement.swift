import Domain
import Foundation
import Persistence

/// One département's generated credits: lines, calls, committees and applications of each year.
struct SeedFundingDepartement {
    let departement: Departement
    let communes: [String]
    let associations: [SeedAssociation]
    let years: [Int]
    let today: CalendarDay
    let createdAt: String

    /// Σ granted per year (programmed) and Σ paid per payment year, to size each line's allocation.
    var programmed: [Int: Int] = [:]
    var paid: [Int: Int] = [:]

    init(
        departement: Departement,
        communes: [String],
        associations: [SeedAssociation],
        years: [Int],
        today: CalendarDay,
        createdAt: String
    ) {
        self.departement = departement
        self.communes = communes
        self.associations = associations
        self.years = years
        self.today = today
        self.createdAt = createdAt
    }

    var code: String { departement.code }
    func lineID(_ year: Int) -> String { "seed-line-\(year)-\(code)-ap" }

    mutating func generate(perYear: Int, random: inout SplitMix64, legal: inout Int, into rows: inout FundingSeedRows) {
        for year in years {
            appendCall(year, into: &rows)
            var sequence = 0
            for index in 0..<perYear {
                var grant = SeedGrant(
                    departement: departement,
                    association: associations[random.below(associations.count)],
                    year: year,
                    index: index,
                    currentYear: today.year,
                    commune: communes[random.below(min(communes.count, 20))],
                    random: &random
                )
                if grant.status != .draft {
                    sequence += 1
                    grant.number = "P104-\(year)-\(code)-" + String(format: "%05d", sequence)
                }
                grant.append(today: today, createdAt: createdAt, legal: &legal, random: &random, into: &rows)
                programmed[year, default: 0] += grant.grantedTotal
                for (payYear, cents) in grant.paidByYear { paid[payYear, default: 0] += cents }
            }
            if sequence > 0 { rows.counters.append([.text("P104-\(year)-\(code)"), .integer(sequence)]) }
        }
        for year in years { appendLines(year, perYear: perYear, into: &rows) }
    }

    /// The year's lines: local calls (sized on what is programmed and paid on it), AGIR and language training.
    func appendLines(_ year: Int, perYear: Int, into rows: inout FundingSeedRows) {
        let needed = max(programmed[year] ?? 0, paid[year] ?? 0)
        // Usable = 95 % of the allocation; 15 % of headroom, rounded up to 10 000 €.
        let allocation = max(5_000_000, (needed * 115 / 95 / 1_000_000 + 1) * 1_000_000)
        let lines: [(String, SubAction, String, Int)] = [
            (lineID(year), .localCalls, "Appels à projets – intégration", allocation),
            ("seed-line-\(year)-\(code)-agir", .agir, "AGIR – marché de l'opérateur", perYear * 1_500_000),
            (
                "seed-line-\(year)-\(code)-fl", .languageTraining, "Formation linguistique complémentaire",
                perYear * 400_000
            ),
        ]
        for (id, subAction, label, cents) in lines {
            rows.lines.append([
                .text(id), .integer(year), .text(departement.regionCode), .text(code),
                .text(BudgetAction.integration.rawValue), .text(subAction.rawValue), .text(label), .integer(cents),
                .integer(500), .null, .text(createdAt), .text(createdAt),
            ])
        }
    }

    func appendCall(_ year: Int, into rows: inout FundingSeedRows) {
        let callID = "seed-call-\(year)-\(code)"
        let closes = year < today.year ? "\(year)-04-15" : "\(year)-12-31"
        let criteria =
            #"[{"label":"Pertinence au regard des priorités","weight":3},{"label":"Partenariat","weight":2},{"label":"Budget","weight":1}]"#
        rows.calls.append([
            .text(callID), .text(lineID(year)), .integer(year), .text(departement.regionCode), .text(code),
            .text("seed-pref-\(code)"), .text("Intégration des primo-arrivants – \(departement.name) \(year)"),
            .text("Appel à projets départemental du programme 104, action 12 : priorité à l'emploi et à la langue."),
            .text("Signataires du CIR depuis moins de 5 ans, BPI"), .text("emploi,langue,acces_aux_droits"),
            .text("\(year)-01-15"), .text(closes), .text(criteria), .text("statuts,rib"), .text("publie"),
            .text("\(year)-01-10T09:00:00Z"), .text("seed-acc-prefecture-\(code)"), .text(createdAt),
        ])
        rows.committees.append([
            .text("seed-committee-\(year)-\(code)"), .text(callID), .text("\(year)-05-20"),
            .text("DDETS, OFII, collectivités"), .text("seed-acc-prefecture-\(code)"), .text(createdAt),
        ])
    }
}
