import Domain
import Foundation
import Persistence
import Services

/// The demo applications, each taken through the real use cases up to its stage.
struct DemoFundingApplications {
    let clock: DemoFundingClock
    let prefecture: AccountSummary
    let calls: DemoFundingCalls.Created
    let applicants: [String: AccountSummary]

    /// How far an application goes.
    enum Stop: Int, Comparable {
        case draft, submitted, scored, refused, granted, conventionSigned, committed, advancePaid, reportFiled,
            reportAccepted, closed

        static func < (lhs: Stop, rhs: Stop) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Scenario {
        let applicant: String
        let offset: Int
        let title: String
        let tags: [ThematicTag]
        /// Euros asked per year.
        let asked: [Int]
        /// Euros granted per year (the amounts asked when nil).
        var granted: [Int]? = nil
        var financialYearEnd = "31/12"
        let stop: Stop
    }

    static let scenarios: [Scenario] = [
        .init(
            applicant: "entraide",
            offset: -1,
            title: "Ateliers sociolinguistiques vers l'emploi",
            tags: [.language, .employment],
            asked: [28_000],
            stop: .closed
        ),
        .init(
            applicant: "a0",
            offset: -1,
            title: "Accompagnement vers le logement et les droits des réfugiés",
            tags: [.rights, .housing],
            asked: [40_000],
            granted: [36_000],
            stop: .advancePaid
        ),
        .init(
            applicant: "a1",
            offset: -1,
            title: "Parcours emploi des primo-arrivants (CPO 3 ans)",
            tags: [.employment],
            asked: [30_000, 30_000, 30_000],
            stop: .closed
        ),
        .init(
            applicant: "a2",
            offset: -1,
            title: "Permanences juridiques logement",
            tags: [.housing],
            asked: [15_000],
            stop: .refused
        ),
        .init(
            applicant: "a3",
            offset: -1,
            title: "Groupes de parole et français pour les femmes",
            tags: [.language, .health],
            asked: [12_000],
            stop: .closed
        ),
        .init(
            applicant: "a4",
            offset: -1,
            title: "Sport et citoyenneté à Vaulx-en-Velin",
            tags: [.cultureSport, .citizenship],
            asked: [9_000],
            stop: .reportFiled
        ),
        .init(
            applicant: "entraide",
            offset: 0,
            title: "Français à visée professionnelle 2e session",
            tags: [.language],
            asked: [22_000],
            stop: .draft
        ),
        .init(
            applicant: "a3",
            offset: 0,
            title: "Cafés des langues au quartier",
            tags: [.language, .hostSociety],
            asked: [14_000],
            stop: .submitted
        ),
        .init(
            applicant: "a4",
            offset: 0,
            title: "Tournoi de l'intégration",
            tags: [.cultureSport],
            asked: [8_000],
            stop: .scored
        ),
        .init(
            applicant: "a5",
            offset: 0,
            title: "Rencontres interculturelles et emploi",
            tags: [.employment, .hostSociety],
            asked: [26_000],
            granted: [24_500],
            stop: .granted
        ),
        .init(
            applicant: "a6",
            offset: 0,
            title: "Inclusion numérique des primo-arrivants",
            tags: [.rights],
            asked: [18_000],
            stop: .refused
        ),
        .init(
            applicant: "a2",
            offset: 0,
            title: "Accès aux droits et au logement",
            tags: [.rights, .housing],
            asked: [30_000],
            stop: .conventionSigned
        ),
        .init(
            applicant: "a1",
            offset: 0,
            title: "Job dating et mentorat",
            tags: [.employment],
            asked: [18_000],
            stop: .advancePaid
        ),
        .init(
            applicant: "langues",
            offset: 0,
            title: "Français langue d'intégration, cours du soir",
            tags: [.language],
            asked: [20_000],
            financialYearEnd: "report-due",
            stop: .advancePaid
        ),
    ]

    func create() async throws -> Int {
        for (index, scenario) in Self.scenarios.enumerated() {
            try await run(scenario, index: index)
        }
        return Self.scenarios.count
    }

    func run(_ scenario: Scenario, index: Int) async throws {
        guard let applicant = applicants[scenario.applicant] else { return }
        let offset = scenario.offset
        let callID = offset < 0 ? calls.previous : calls.current
        let committee = offset < 0 ? calls.previousCommittee : calls.currentCommittee
        let at = { (month: Int, day: Int) in clock.on(clock.day(offset, month, day)) }
        let id = try await FundingApplicationService(environment: at(2, 1 + index)).start(
            callID: callID,
            actor: applicant
        )
        let applications = FundingApplicationService(environment: at(2, 2 + index))
        // Like the form in a browser: the draft's pre-filled identity (SIRET, RNA) is sent back with the content.
        let draft = try await applications.open(id: id, actor: applicant).row.application.values
        let content = DemoFundingContent.values(
            scenario,
            applicant: applicant,
            year: clock.year + offset,
            today: clock.today
        )
        let values = draft.merging(content) { _, typed in typed }
        guard scenario.stop > .draft else {
            try await applications.save(id: id, raw: values, version: 1, actor: applicant)
            return
        }
        for kind in [DocumentKind.statutes, .bankDetails] {
            try await applications.attach(
                applicationID: id,
                kind: kind.rawValue,
                fileName: "\(kind.label).pdf",
                bytes: Array("%PDF-1.4\n% Pièce de démonstration\n%%EOF\n".utf8),
                actor: applicant
            )
        }
        try await applications.submit(id: id, raw: values, version: 1, actor: applicant)
        guard scenario.stop > .submitted else { return }
        try await FundingInstructionService(environment: at(5, 5)).score(
            applicationID: id,
            marks: index % 2 == 0 ? ["4", "3", "4"] : ["3", "4", "2"],
            opinion: "Projet cohérent avec les priorités départementales ; partenariats établis.",
            actor: prefecture
        )
        guard scenario.stop > .scored else { return }
        var decision = FundingDecisionInput()
        decision.committeeID = committee
        if scenario.stop == .refused {
            decision.outcome = "refusee"
            decision.reason = "Action déjà couverte par l'accompagnement AGIR ; crédits limités."
        } else {
            decision.outcome = "accordee"
            decision.amounts = (scenario.granted ?? scenario.asked).map(String.init)
        }
        try await FundingInstructionService(environment: at(5, 25)).decide(
            applicationID: id,
            input: decision,
            actor: prefecture
        )
        guard scenario.stop > .granted else { return }
        try await DemoFundingMoney(clock: clock, prefecture: prefecture, applicant: applicant)
            .run(scenario, applicationID: id, index: index)
    }
}
