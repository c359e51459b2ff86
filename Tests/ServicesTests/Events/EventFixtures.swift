import Domain
import Foundation
import Persistence
import Services
import TestSupport

/// An edition and events for the tests of the Events domain; the clock stands at Friday 27 November 2026, 10:00 UTC.
enum EventFixtures {
    /// An edition from Monday 30 November to Friday 4 December 2026.
    static func edition(_ environment: ServiceEnvironment) async throws -> String {
        let national = try await TestEnvironment.signIn(.national, environment)
        var input = EditionInput()
        input.title = "Semaine de l'intégration 2026"
        input.startsOn = "2026-11-30"
        input.endsOn = "2026-12-04"
        input.highlightedStages = ["emploi"]
        return try await EditionService(environment: environment).create(input, actor: national)
    }

    /// An event on Tuesday 1 December 2026, 14:00–17:00 in Villeurbanne, on registration.
    static func input(edition: String, capacity: Int = 20, commune: String = "69266") -> EventInput {
        var input = EventInput()
        input.editionID = edition
        input.title = "Forum de l'emploi"
        input.kind = EventKind.jobDating.rawValue
        input.themes = [EventTheme.employment.rawValue]
        input.description = "Rencontres avec des employeurs."
        input.startDay = "2026-12-01"
        input.startTime = "14:00"
        input.endDay = "2026-12-01"
        input.endTime = "17:00"
        input.address = "Hôtel de ville"
        input.communeCode = commune
        input.audience = EventAudience.onRegistration.rawValue
        input.capacity = String(capacity)
        input.accessibility = "Accessible en fauteuil roulant."
        input.organisers = [("Association Entraide", OrganiserKind.association.rawValue, "organisateur")]
        return input
    }

    /// A published event: drafted by the partner, proposed, labelled by the prefecture.
    static func published(
        _ environment: ServiceEnvironment,
        capacity: Int = 20
    ) async throws -> (event: String, edition: String) {
        let edition = try await edition(environment)
        let partner = try await TestEnvironment.signIn(.partenaire, environment)
        let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
        let events = EventService(environment: environment)
        let id = try await events.create(input(edition: edition, capacity: capacity), actor: partner)
        try await events.apply(.propose, eventID: id, note: "", actor: partner)
        try await events.apply(.publish, eventID: id, note: "", actor: prefecture)
        return (id, edition)
    }

    /// The links of registration e-mails in tests.
    static let links = RegistrationService.Links(
        event: { "https://parcours.test/semaine/evenements/\($0)" },
        cancel: { "https://parcours.test/semaine/inscriptions/\($0)" }
    )

    /// A prefecture agent of the Bouches-du-Rhône, with its organisation.
    static func prefecture13(_ environment: ServiceEnvironment) async throws -> AccountSummary {
        let organisation = environment.ids.makeIdentifier()
        let account = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await OrganisationRecords.insert(
                NewOrganisation(
                    id: organisation,
                    name: "Préfecture des Bouches-du-Rhône",
                    kind: .prefecture,
                    siret: nil,
                    rna: nil,
                    departementCodes: ["13"]
                ),
                at: environment.time.now(),
                in: sql
            )
            try await AccountRecords.insert(
                NewAccount(
                    id: account,
                    organisationID: organisation,
                    email: "prefecture13@exemple.fr",
                    displayName: "Agent 13",
                    role: .prefecture,
                    scope: .departements(["13"]),
                    passwordHash: "x"
                ),
                at: environment.time.now(),
                in: sql
            )
        }
        return AccountSummary(
            id: account,
            email: "prefecture13@exemple.fr",
            displayName: "Agent 13",
            role: .prefecture,
            scope: .departements(["13"]),
            organisationID: organisation,
            organisationName: "Préfecture des Bouches-du-Rhône"
        )
    }

    /// The audit actions written for a record, in order.
    static func auditActions(_ environment: ServiceEnvironment, recordID: String) async throws -> [String] {
        try await environment.database.read { sql in
            try await sql.raw(
                "SELECT action FROM audit_events WHERE record_id = \(bind: recordID) ORDER BY seq"
            ).all().map { try $0.decode(column: "action", as: String.self) }
        }
    }
}
