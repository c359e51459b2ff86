import Domain
import Foundation
import Persistence
import Services

/// The money steps of a demo grant: convention, commitment, advance, report, acceptance, balance.
struct DemoFundingMoney {
    let clock: DemoFundingClock
    let prefecture: AccountSummary
    let applicant: AccountSummary

    func run(_ scenario: DemoFundingApplications.Scenario, applicationID id: String, index: Int) async throws {
        let offset = scenario.offset
        let at = { (month: Int, day: Int, year: Int) in clock.on(clock.day(year, month, day)) }
        let granted = (scenario.granted ?? scenario.asked).map { Money(euros: $0) }
        let needsConvention = granted.count > 1 || granted[0] > ConventionRule.threshold
        if needsConvention || scenario.stop == .conventionSigned {
            try await FundingMoneyService(environment: at(6, 5, offset)).signConvention(
                applicationID: id,
                signedOn: clock.day(offset, 6, 5).iso,
                reference: "CONV-\(clock.year + offset)-69-\(index + 1)",
                actor: prefecture
            )
        }
        guard scenario.stop > .conventionSigned else { return }
        let money = FundingMoneyService(environment: at(6, 10, offset))
        try await money.commit(
            applicationID: id,
            legalNumber: "21\(clock.year + offset)\(String(format: "%04d", index + 1))",
            committedOn: clock.day(offset, 6, 10).iso,
            actor: prefecture
        )
        guard scenario.stop > .committed else { return }
        let advance = Money(cents: granted[0].cents / 2)
        try await pay(.advance, year: 0, amount: advance, on: clock.day(offset, 6, 30), id: id)
        guard scenario.stop > .advancePaid else { return }
        let actual = granted[0] + granted[0]
        var report: [String: String] = [
            "report.summary": "Action menée comme prévu ; les ateliers ont eu lieu chaque semaine.",
            "report.people_served": String(40 + index * 3), "reached.1": String(20 + index),
            "actual.64": Money(cents: actual.cents * 7 / 10).decimal,
            "actual.60": Money(cents: actual.cents - actual.cents * 7 / 10).decimal,
            "actual.74.etat_p104": granted[0].decimal, "actual.74.communes": Money(cents: actual.cents / 4).decimal,
        ]
        report["actual.75"] = (actual - granted[0] - Money(cents: actual.cents / 4)).decimal
        try await FundingReportService(environment: at(3, 15, offset + 1)).file(
            applicationID: id,
            planYear: "0",
            raw: report,
            actor: applicant
        )
        guard scenario.stop > .reportFiled else { return }
        try await FundingReportService(environment: at(4, 10, offset + 1)).accept(
            applicationID: id,
            planYear: "0",
            note: "Compte rendu conforme.",
            actor: prefecture
        )
        guard scenario.stop > .reportAccepted else { return }
        try await pay(.balance, year: 0, amount: granted[0] - advance, on: clock.day(offset + 1, 4, 30), id: id)
        if granted.count > 1 {
            try await pay(
                .advance,
                year: 1,
                amount: Money(cents: granted[1].cents / 2),
                on: clock.day(offset + 1, 7, 1),
                id: id
            )
        }
    }

    func pay(_ kind: PaymentKind, year: Int, amount: Money, on day: CalendarDay, id: String) async throws {
        var input = PaymentInput()
        input.kind = kind.rawValue
        input.planYear = String(year)
        input.amount = amount.decimal
        input.paidOn = day.iso
        try await FundingMoneyService(environment: clock.on(day)).pay(
            applicationID: id,
            input: input,
            actor: prefecture
        )
    }
}

/// The cerfa 12156 content of a demo application: the association's identity and a balanced budget.
enum DemoFundingContent {
    static func values(
        _ scenario: DemoFundingApplications.Scenario,
        applicant: AccountSummary,
        year: Int,
        today: CalendarDay
    ) -> [String: String] {
        let asked = Money(euros: scenario.asked[0])
        let total = asked + asked
        let communes = Money(cents: total.cents / 4)
        var values: [String: String] = [
            "org.name": applicant.organisationName, "org.address": "12 rue de la Part-Dieu, Lyon",
            "org.commune": "69123",
            "rep.last_name": "Durand", "rep.first_name": "Alice", "rep.function": "Présidente",
            "rep.phone": "04 72 00 00 00", "rep.email": "presidence@association.example", "admin.public_aid": "60000",
            "staff.members": "85", "staff.volunteers": "24", "staff.employees": "5", "staff.fte": "4",
            "project.title": scenario.title,
            "project.objectives": "Favoriser l'autonomie et l'insertion des personnes accompagnées.",
            "project.description":
                "Ateliers hebdomadaires, accompagnement individuel et partenariats avec les acteurs locaux.",
            "project.public": "Signataires du CIR depuis moins de 5 ans, bénéficiaires de la protection internationale",
            "project.expected_people": "60", "project.communes": "69123,69266", "project.start": "\(year)-03-01",
            "project.end": "\(year)-12-31", "project.tags": scenario.tags.map(\.rawValue).joined(separator: ","),
            "project.period": scenario.asked.count > 1 ? "pluriannuelle" : "annuelle",
            "indicator.1.label": "Personnes atteignant l'objectif de l'action", "indicator.1.target": "30",
            "budget.64": Money(cents: total.cents * 7 / 10).decimal,
            "budget.60": Money(cents: total.cents - total.cents * 7 / 10).decimal, "budget.74.etat_p104": asked.decimal,
            "budget.74.communes": communes.decimal, "budget.75": (total - asked - communes).decimal,
            "attest.cer": "oui",
            "attest.regularity": "oui", "attest.accuracy": "oui", "attest.signatory": "Alice Durand",
            "org.financial_year_end": scenario.financialYearEnd,
        ]
        for (index, amount) in scenario.asked.enumerated().dropFirst() {
            values["project.amount.\(index + 1)"] = String(amount)
        }
        if scenario.financialYearEnd == "report-due" {
            // A financial year that ended last month: its report is due, not yet late.
            let month = today.month - 1
            if month >= 3 {
                values["org.financial_year_end"] = MonthDay.format(
                    day: CalendarDay.daysIn(month: month, year: 2001),
                    month: month
                )
                values["project.start"] = "\(year)-02-01"
            } else {
                values["org.financial_year_end"] = "31/12"
            }
        }
        return values
    }
}
