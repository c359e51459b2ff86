import Domain
import Foundation
import Persistence
import SQLKit

/// Success stories told with consent: a caseworker or partner records the person's consent, then drafts the story
/// (pseudonymised by default); the prefecture reviews and publishes it on the public gallery; withdrawing consent
/// takes it off at once and erases its text.
public struct StoryService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Whether the actor may draft stories: caseworkers, operator managers and partners.
    static func isAuthor(_ actor: AccountSummary) -> Bool { StoryAuthors().admits(actor.role) }

    /// Whether the actor sees the story: its author's organisation, or the prefecture of its département.
    static func canSee(_ actor: AccountSummary, _ story: StoryRecord) -> Bool {
        (isAuthor(actor) && actor.organisationID == story.organisationID)
            || EventAccess.isPrefecture(actor, of: story.departementCode)
    }

    /// The stories the actor works on: its organisation's, or those of the prefecture's départements.
    public func stories(actor: AccountSummary) async throws -> [StoryRecord] {
        guard StoryParticipants().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { sql in
            if actor.role == .prefecture {
                // The prefecture reviews what is submitted; drafts stay with their authors.
                return try await StoryRecords.stories(
                    organisationID: nil,
                    departements: EventAccess.departements(of: actor),
                    in: sql
                ).filter { $0.state != .draft }
            }
            return try await StoryRecords.stories(organisationID: actor.organisationID, departements: nil, in: sql)
        }
    }

    /// One story the actor may see.
    public func story(id: String, actor: AccountSummary) async throws -> StoryRecord {
        guard StoryParticipants().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { sql in
            guard let story = try await StoryRecords.find(id: id, in: sql), Self.canSee(actor, story),
                actor.role != .prefecture || story.state != .draft
            else { throw DomainError.notFound }
            return story
        }
    }

    /// Records the consent and drafts the story in the author's (first) département; returns its identifier.
    @discardableResult
    public func create(_ input: StoryInput, actor: AccountSummary) async throws -> String {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            guard Self.isAuthor(actor), let departement = EventAccess.departements(of: actor).first else {
                throw DomainError.forbidden
            }
            var errors = FieldErrors()
            guard let valid = input.validate(today: environment.time.today(inDepartement: departement), &errors) else {
                throw DomainError.invalid(errors)
            }
            let shown = valid.shownName ?? StoryRules.pseudonym(for: id)
            try await StoryRecords.insert(
                id: id,
                departement: departement,
                organisationID: actor.organisationID,
                accountID: actor.id,
                valid,
                shownName: shown,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .storyCreated,
                recordType: "recit",
                id: id,
                before: [:],
                after: Self.auditFields(valid, shownName: shown),
                personalFields: ["personne"],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Changes a draft (consent and text).
    public func update(id: String, _ input: StoryInput, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            try await StoryRecords.lock(id: id, in: sql)
            guard Self.isAuthor(actor), let story = try await StoryRecords.find(id: id, in: sql),
                story.organisationID == actor.organisationID
            else { throw DomainError.notFound }
            guard StoryRules.canEdit(story.state) else {
                throw DomainError.conflict("Ce récit « \(story.state.label) » ne peut plus être modifié.")
            }
            var errors = FieldErrors()
            guard
                let valid = input.validate(
                    today: environment.time.today(inDepartement: story.departementCode),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            let shown = valid.shownName ?? StoryRules.pseudonym(for: id)
            try await StoryRecords.update(id: id, valid, shownName: shown, at: environment.time.now(), in: sql)
            try await environment.audit(
                .storyUpdated,
                recordType: "recit",
                id: id,
                before: [
                    "titre": story.title, "nom_affiche": story.shownName, "portee": story.consentScope.rawValue,
                    "photo": story.consentPhoto ? "oui" : "non", "consentement_le": story.consentOn.iso,
                    "personne": story.personName,
                ],
                after: Self.auditFields(valid, shownName: shown),
                personalFields: ["personne"],
                actor: actor,
                in: sql
            )
        }
    }

    static func auditFields(_ story: StoryInput.Valid, shownName: String) -> [String: String?] {
        [
            "titre": story.title, "nom_affiche": shownName, "portee": story.consentScope.rawValue,
            "photo": story.consentPhoto ? "oui" : "non", "consentement_le": story.consentOn.iso,
            "personne": story.personName, "theme": story.theme.rawValue,
        ]
    }
}
