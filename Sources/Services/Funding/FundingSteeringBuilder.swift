import Domain
import Foundation
import Persistence

/// Turns a territory's lines and committed grants into its steering figures; pure, so that every figure can be
/// checked against the rows it comes from.
struct FundingSteeringBuilder {
    let scope: FundingSteering.Scope
    let year: Int
    let today: CalendarDay
    /// The instant of the reading, for each grant's local day.
    let now: Date
    let names: [String: String]
    let departements: [Departement]
    let regions: [Region]

    func build(
        lines: [FundingLineRecord],
        totals: [SteeringTotals],
        awaiting: [GrantAwaitingReports]
    ) -> FundingSteering {
        let total = LineExecution.total(lines.map(\.execution))
        let bySubAction = SubAction.allCases.compactMap { subAction -> FundingSteering.Row? in
            let matching = lines.filter { $0.subAction == subAction }
            guard !matching.isEmpty else { return nil }
            return .init(label: subAction.label, totals: LineExecution.total(matching.map(\.execution)), scope: nil)
        }
        let (partLabel, parts) = self.parts(lines)
        let byTag = ThematicTag.allCases.map { tag in
            (tag: tag, committed: Money.sum(totals.filter { $0.tags.contains(tag) }.map(\.committed)))
        }
        return FundingSteering(
            scope: scope,
            title: title,
            year: year,
            today: today,
            lines: lines,
            total: total,
            bySubAction: bySubAction,
            byPart: parts,
            partLabel: partLabel,
            byTag: byTag,
            committedGrants: Money.sum(totals.map(\.committed)),
            envelopes: envelopes(totals),
            overdue: overdue(awaiting),
            costBase: (
                Money.sum(totals.map(\.reportedCommitted)), totals.reduce(0) { $0 + $1.reportedPeople }
            ),
            names: names
        )
    }

    var title: String {
        switch scope {
        case .nation: "France entière"
        case .region(let code): "Région \(names["R" + code] ?? code)"
        case .departement(let code): "\(names[code] ?? code) (\(code))"
        }
    }

    /// The nation's régions, a région's UOs (and its regional level), or a département's single UO.
    func parts(_ lines: [FundingLineRecord]) -> (String, [FundingSteering.Row]) {
        switch scope {
        case .nation:
            let rows = regions.compactMap { region -> FundingSteering.Row? in
                let matching = lines.filter { $0.regionCode == region.code }
                guard !matching.isEmpty else { return nil }
                return .init(
                    label: region.name,
                    totals: LineExecution.total(matching.map(\.execution)),
                    scope: .region(region.code)
                )
            }
            return ("BOP (région)", rows)
        case .region:
            let codes = Array(Set(lines.map(\.departementCode))).sorted()
            return (
                "UO (département)",
                codes.map { code in
                    .init(
                        label: code.isEmpty ? "Niveau régional" : "\(names[code] ?? code) (\(code))",
                        totals: LineExecution.total(lines.filter { $0.departementCode == code }.map(\.execution)),
                        scope: code.isEmpty ? nil : .departement(code)
                    )
                }
            )
        case .departement:
            return (
                "Action",
                BudgetAction.allCases.compactMap { action -> FundingSteering.Row? in
                    let matching = lines.filter { $0.action == action }
                    guard !matching.isEmpty else { return nil }
                    return .init(
                        label: action.label,
                        totals: LineExecution.total(matching.map(\.execution)),
                        scope: nil
                    )
                }
            )
        }
    }

    /// The 70 % rule per envelope: each BOP for the nation, the BOP of the région for a région, the UO for a
    /// département; action-12 grants only.
    func envelopes(_ totals: [SteeringTotals]) -> [FundingSteering.Envelope] {
        let action12 = totals.filter { $0.action == .integration }
        func envelope(_ label: String, _ matching: [SteeringTotals]) -> FundingSteering.Envelope {
            .init(
                label: label,
                total: Money.sum(matching.map(\.committed)),
                employmentOrLanguage: Money.sum(matching.filter { SeventyPercentRule.counts($0.tags) }.map(\.committed))
            )
        }
        switch scope {
        case .nation:
            return regions.compactMap { region -> FundingSteering.Envelope? in
                let matching = action12.filter { $0.regionCode == region.code }
                return matching.isEmpty ? nil : envelope("BOP \(region.name)", matching)
            }
        case .region(let code): return [envelope("BOP \(names["R" + code] ?? code)", action12)]
        case .departement(let code): return [envelope("UO \(names[code] ?? code)", action12)]
        }
    }

    /// The reports of every year past their due date, latest due first.
    func overdue(_ grants: [GrantAwaitingReports]) -> [FundingSteering.OverdueReport] {
        var late: [FundingSteering.OverdueReport] = []
        for grant in grants {
            guard let start = grant.startsOn, let (day, month) = MonthDay.parse(grant.financialYearEnd),
                let first = FinancialYear.containing(start, endMonth: month, endDay: day)
            else { continue }
            let local = LocalTime.departement(grant.departementCode.isEmpty ? "75" : grant.departementCode).day(of: now)
            for planYear in 0..<grant.planYears where !grant.filedYears.contains(planYear) {
                let year = first.shifted(by: planYear)
                if ReportStatus.of(year, filed: false, accepted: false, today: local) == .overdue {
                    late.append(
                        .init(grant: grant, planYear: planYear, year: year, daysLate: year.reportDue.days(to: local))
                    )
                }
            }
        }
        return late.sorted { $0.year.reportDue > $1.year.reportDue }
    }
}
