import Domain
import Foundation
import Persistence

extension SeedGrant {
    /// Appends the application's row, its frozen version, and when granted its commitment, payments and reports.
    mutating func append(
        today: CalendarDay,
        createdAt: String,
        legal: inout Int,
        random: inout SplitMix64,
        into rows: inout FundingSeedRows
    ) {
        let code = departement.code
        let content = Self.json(values)
        let submittedAt = "\(year)-02-\(String(format: "%02d", 1 + index % 28))T10:00:00Z"
        let decided = status == .granted || status == .refused
        let scored = status == .scored || decided
        let marks = [random.int(in: 2...5), random.int(in: 2...5), random.int(in: 2...5)]
        let criteria = [
            ScoringCriterion(label: "a", weight: 3), .init(label: "b", weight: 2), .init(label: "c", weight: 1),
        ]
        let convention = status == .granted && conventionRequired && committed
        rows.applications.append([
            .text(id), .text("seed-call-\(year)-\(code)"), .text(association.id), .text(departement.regionCode),
            .text(code), .text(status.rawValue), .integer(status == .draft ? 1 : 2), .text(content),
            .optional(number), .integer(status == .draft ? 0 : 1), status == .draft ? .null : .text(submittedAt),
            .text(values["project.title"] ?? ""), .text(association.siret), .text(ThematicTag.stored(tags)),
            .integer(asked.reduce(0, +)), .integer(expected), .text("\(year)-03-01"),
            .text(values["org.financial_year_end"] ?? "31/12"),
            scored ? .text("[\(marks.map(String.init).joined(separator: ","))]") : .null,
            scored ? .integer(ScoringGrid.outOfHundred(marks: marks, criteria: criteria)) : .null,
            scored ? .text("Avis de l'instructeur.") : .null, scored ? .text("\(year)-04-30T10:00:00Z") : .null,
            decided ? .text("seed-committee-\(year)-\(code)") : .null,
            status == .granted ? .text("[\(granted.map(String.init).joined(separator: ","))]") : .null,
            status == .granted ? .integer(grantedTotal) : .null,
            status == .refused ? .text("Crédits insuffisants au regard des priorités.") : .null,
            decided ? .text("\(year)-05-20") : .null, .null,
            .boolean(status == .granted && conventionRequired), convention ? .text("\(year)-06-05") : .null,
            convention ? .text("CONV-\(year)-\(code)-\(index + 1)") : .null, .null, .text(createdAt), .text(createdAt),
        ])
        if status != .draft, let number {
            rows.submissions.append([
                .text("seed-sub-\(id)"), .text(id), .integer(1), .text(number), .text(content), .text(submittedAt),
                .null,
            ])
        }
        guard committed else { return }
        let row = rows.applications.count - 1
        legal += 1
        let commitment = "seed-ej-\(id)"
        rows.commitments.append([
            .text(commitment), .text(id), .text("seed-line-\(year)-\(code)-ap"),
            .text("22" + String(format: "%08d", legal)),
            .text(conventionRequired ? "convention" : "arrete"), .integer(grantedTotal), .text("\(year)-06-10"), .null,
            .text(createdAt),
        ])
        appendMoney(commitment: commitment, today: today, createdAt: createdAt, random: &random, into: &rows)
        // The people served, summed over the filed reports, as the report use case keeps them.
        rows.applications[row][31] = .optional(peopleServed)
    }

    /// Each year of the plan: an advance, then a report and, once it is accepted, the balance.
    mutating func appendMoney(
        commitment: String,
        today: CalendarDay,
        createdAt: String,
        random: inout SplitMix64,
        into rows: inout FundingSeedRows
    ) {
        guard let first = firstFinancialYear else { return }
        for (planYear, amount) in granted.enumerated() {
            let advanceDay = CalendarDay(year: year + planYear, month: planYear == 0 ? 6 : 3, day: 30) ?? today
            guard advanceDay <= today, planYear == 0 || year + planYear <= today.year else { return }
            let advance = amount / 2
            if planYear > 0 || year < today.year || random.chance(0.8) {
                pay(.advance, planYear: planYear, cents: advance, on: advanceDay, commitment: commitment, into: &rows)
            } else {
                return
            }
            let financialYear = first.shifted(by: planYear)
            guard financialYear.end < today else { return }
            let draw = random.unit()
            let late = financialYear.reportDue < today
            let (accepted, filed) = late ? (draw < 0.75, draw < 0.88) : (draw < 0.4, draw < 0.7)
            guard filed else { return }
            let filedOn = min(financialYear.reportDue.adding(days: -30), today.adding(days: -20))
            let reviewedOn = min(filedOn.adding(days: 20), today)
            let served = max(1, expected * random.int(in: 70...110) / 100)
            let reportContent = Self.json([
                "report.summary": "Bilan de l'action.", "report.people_served": String(served),
                "actual.64": Money(cents: amount * 2).decimal,
            ])
            rows.reports.append([
                .text("seed-crf-\(id)-\(planYear)"), .text(id), .integer(planYear), .text(financialYear.start.iso),
                .text(financialYear.end.iso), .text(financialYear.reportDue.iso),
                .text(accepted ? "accepte" : "depose"),
                .text(reportContent), .integer(amount * 2), .integer(amount * 2), .integer(served),
                .text("\(filedOn.iso)T10:00:00Z"), .null, accepted ? .text("\(reviewedOn.iso)T10:00:00Z") : .null,
                .null,
            ])
            peopleServed = (peopleServed ?? 0) + served
            guard accepted else { return }
            let balanceDay = min(reviewedOn.adding(days: 10), today)
            pay(
                .balance,
                planYear: planYear,
                cents: amount - advance,
                on: balanceDay,
                commitment: commitment,
                into: &rows
            )
        }
    }

    mutating func pay(
        _ kind: PaymentKind,
        planYear: Int,
        cents: Int,
        on day: CalendarDay,
        commitment: String,
        into rows: inout FundingSeedRows
    ) {
        rows.payments.append([
            .text("seed-dp-\(id)-\(planYear)-\(kind.rawValue)"), .text(commitment), .text(id),
            .text("seed-line-\(day.year)-\(departement.code)-ap"), .text(kind.rawValue), .integer(planYear),
            .integer(cents), .text(day.iso), .null, .null, .text("\(day.iso)T10:00:00Z"),
        ])
        paidByYear[day.year, default: 0] += cents
    }
}
