import Domain
import Foundation
import Persistence

/// The caseworker's side of the messages: a person's thread in the household file, the reply, and the notice of
/// unread messages on the home page.
public struct NewcomerMessageService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A person's space as an agent sees it: the access, and the thread when the agent may read it.
    public struct Overview: Sendable {
        public let personID: String
        public let householdID: String
        /// The household's département, whose legal time dates the messages.
        public let departement: String
        public let personName: String
        public let adult: Bool
        public let access: StoredAccessState
        /// The suggested language of the letter: the one last used, or the first of the person's languages.
        public let suggestedLanguage: SpaceLanguage
        public let rights: SpaceOpeners.Rights
        public let messages: [SpaceMessage]
        /// Whether the household keeps its spaces open.
        public let householdOpen: Bool
        /// The person's e-mail address when one that mail can go to is known: the letter may also be sent there.
        public let email: String?
    }

    /// Opens a person's space page for an agent; reading the thread is audited, and marks it read when the reader
    /// is the caseworker.
    public func overview(personID: String, actor: AccountSummary) async throws -> Overview {
        try await environment.database.write { sql in
            let household = try await SpaceHouseholdLock.household(
                personID: personID,
                seenBy: actor,
                environment: environment,
                in: sql
            )
            let rights = SpaceOpeners.rights(of: actor, on: household.openers)
            guard
                let person = try await HouseholdQueries.members(householdID: household.id, in: sql).first(where: {
                    $0.id == personID
                })
            else { throw DomainError.notFound }
            let today = environment.time.today(inDepartement: household.departement)
            let access = try await NewcomerAccessRecords.access(personID: personID, in: sql)
            var messages: [SpaceMessage] = []
            if rights.readsMessages {
                messages = try await NewcomerMessageRecords.thread(personID: personID, in: sql)
                if SpaceOpeners.readingMarksAsRead(actor: actor, household: household.openers),
                    messages.contains(where: { $0.fromPerson && $0.readAt == nil })
                {
                    try await NewcomerMessageRecords.markRead(
                        personID: personID,
                        writtenByPerson: true,
                        at: environment.time.now(),
                        in: sql
                    )
                }
                if !messages.isEmpty {
                    try await NewcomerAccessService(environment: environment).audit(
                        .spaceThreadRead,
                        personID: personID,
                        actor: actor,
                        in: sql
                    )
                }
            }
            let details = try await PersonDetailRecords.details(householdID: household.id, in: sql)
                .first { $0.personID == personID }
            return Overview(
                personID: personID,
                householdID: household.id,
                departement: household.departement,
                personName: person.documentNames,
                adult: NewcomerSpaceRule.mayHaveSpace(birth: NewcomerAccessService.birth(person), today: today),
                access: NewcomerAccessService.state(access, household: household, today: today),
                suggestedLanguage: access?.language ?? SpaceLanguage.guess(from: details?.languages) ?? .french,
                rights: rights,
                messages: messages,
                householdOpen: household.isOpen,
                email: details?.email.flatMap { MailAddress($0)?.address }
            )
        }
    }

    /// The caseworker's (or a manager's) reply, written and audited with the household locked.
    public func reply(personID: String, body raw: String, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let body: String?
        switch NewcomerSpaceRule.message(raw) {
        case .success(let text): body = text
        case .failure(.messageEmpty):
            errors.add("reply", "Écrivez votre réponse.")
            body = nil
        case .failure(.messageTooLong):
            errors.add("reply", "\(NewcomerSpaceRule.messageMaximumLength) caractères au plus.")
            body = nil
        case .failure:
            errors.add("reply", TextProblem.controlCharacter.message)
            body = nil
        }
        guard let body else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            let household = try await SpaceHouseholdLock.household(
                personID: personID,
                seenBy: actor,
                environment: environment,
                in: sql
            )
            let rights = SpaceOpeners.rights(of: actor, on: household.openers)
            guard rights.writesForHousehold else { throw DomainError.forbidden }
            guard household.isOpen, let access = try await NewcomerAccessRecords.access(personID: personID, in: sql),
                access.closedAt == nil
            else {
                throw DomainError.conflict(
                    "L'espace personnel de cette personne est fermé : elle ne lirait pas la réponse."
                )
            }
            let id = environment.ids.makeIdentifier()
            try await NewcomerMessageRecords.insert(
                id: id,
                householdID: household.id,
                personID: personID,
                fromPerson: false,
                accountID: actor.id,
                body: body,
                at: environment.time.now(),
                in: sql
            )
            // Answering reads what was unread.
            try await NewcomerMessageRecords.markRead(
                personID: personID,
                writtenByPerson: true,
                at: environment.time.now(),
                in: sql
            )
            try await NewcomerAccessService(environment: environment).audit(
                .spaceMessage,
                personID: personID,
                actor: actor,
                changes: [AuditChange("message", before: nil, after: body, personal: true)],
                in: sql
            )
        }
    }

    /// Threads with unread messages from persons: the caseworker's households, or the organisation's for a manager.
    public func unread(actor: AccountSummary) async throws -> [UnreadThread] {
        try await environment.database.read { sql in
            switch actor.role {
            case .referent: try await NewcomerMessageRecords.unread(caseworkerID: actor.id, in: sql)
            case .responsable: try await NewcomerMessageRecords.unread(operatorID: actor.organisationID, in: sql)
            default: []
            }
        }
    }
}
