import Domain
import Foundation
import Persistence
import SQLKit

/// Opens, reopens and closes persons' spaces, for caseworkers, operator managers and OFII agents.
public struct NewcomerAccessService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The letter written as an e-mail (subject and body, French and the person's language); the caller owns the
    /// texts, Services only sends what it is given.
    public typealias LetterMail = @Sendable (SpaceLetter) -> (subject: String, blocks: [MailMessage.Block])

    /// Opens a person's space, or reopens it with a new code when it was lost: the former code, passphrase or PIN and
    /// sessions stop working. Checked, written and audited in one transaction with the household locked. With
    /// `mail`, the letter is also queued for the person's known e-mail address in that transaction (refused, and
    /// nothing written, when none is known).
    public func open(
        personID: String,
        language rawLanguage: String,
        mail: LetterMail? = nil,
        actor: AccountSummary
    ) async throws -> SpaceLetter {
        guard let language = SpaceLanguage(code: rawLanguage) else {
            var errors = FieldErrors()
            errors.add("spaceLanguage", "Choisissez la langue de la lettre dans la liste.")
            throw DomainError.invalid(errors)
        }
        let code = AccessCode(randomToken: environment.ids.makeToken(byteCount: 9))
        let now = environment.time.now()
        return try await environment.database.write { sql in
            let household = try await lockedHousehold(personID: personID, actor: actor, in: sql)
            guard SpaceOpeners.rights(of: actor, on: household.openers).opensAccess else {
                throw DomainError.forbidden
            }
            guard household.isOpen else {
                throw DomainError.conflict("L'accompagnement de ce ménage est terminé : l'espace personnel est fermé.")
            }
            let members = try await HouseholdQueries.members(householdID: household.id, in: sql)
            guard let person = members.first(where: { $0.id == personID }) else { throw DomainError.notFound }
            let today = environment.time.today(inDepartement: household.departement)
            guard NewcomerSpaceRule.mayHaveSpace(birth: Self.birth(person), today: today) else {
                throw DomainError.conflict("Un espace personnel ne s'ouvre que pour un adulte du ménage.")
            }
            let previous = try await NewcomerAccessRecords.access(personID: personID, in: sql)
            let validUntil = today.adding(days: AccessCode.validityDays)
            let zone = LocalTime.departement(household.departement)
            try await NewcomerAccessRecords.open(
                personID: personID,
                householdID: household.id,
                codeHash: TokenHash.of(code.symbols),
                expiresAt: zone.instant(day: validUntil.adding(days: 1), hour: 0, minute: 0),
                language: language,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await NewcomerSessionRecords.deleteAll(personID: personID, in: sql)
            let caseworker = try await NewcomerQueries.caseworker(householdID: household.id, in: sql)
            var letter = SpaceLetter(
                personID: personID,
                householdID: household.id,
                personName: person.usualNames.isEmpty ? person.documentNames : person.usualNames,
                code: code,
                validUntil: validUntil,
                language: language,
                caseworkerName: caseworker?.name,
                organisationName: caseworker?.organisation ?? "",
                reopened: previous != nil,
                mailedTo: nil
            )
            var changes = [
                AuditChange("ouverture", before: previous == nil ? nil : "ancien code", after: "nouveau code"),
                AuditChange("langue", before: previous?.language.frenchName, after: language.frenchName),
            ]
            if let mail {
                letter = try await queueLetter(letter, mail, householdID: household.id, in: sql)
                changes.append(AuditChange("lettre", before: nil, after: "envoyée par courriel"))
            }
            try await audit(.spaceOpened, personID: personID, actor: actor, changes: changes, in: sql)
            return letter
        }
    }

    /// Queues the letter for the person's known e-mail address inside the caller's transaction.
    private func queueLetter(
        _ letter: SpaceLetter,
        _ mail: LetterMail,
        householdID: String,
        in sql: any SQLDatabase
    ) async throws -> SpaceLetter {
        let known = try await PersonDetailRecords.details(householdID: householdID, in: sql)
            .first { $0.personID == letter.personID }?.email
        guard let address = known.flatMap({ MailAddress($0, name: letter.personName) }) else {
            var errors = FieldErrors()
            errors.add(
                "sendLetter",
                "Aucune adresse e-mail valable n'est connue pour cette personne : imprimez la lettre et remettez-la-lui."
            )
            throw DomainError.invalid(errors)
        }
        let (subject, blocks) = mail(letter)
        try await MailOutbox.enqueue(
            MailMessage(to: address, subject: subject, blocks: blocks),
            purpose: "espace.lettre",
            referenceID: letter.personID,
            environment: environment,
            in: sql
        )
        return letter.mailed(to: address.address)
    }

    /// Closes a person's space at their request or an agent's decision; their sessions end.
    public func close(personID: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            let household = try await lockedHousehold(personID: personID, actor: actor, in: sql)
            guard SpaceOpeners.rights(of: actor, on: household.openers).opensAccess else {
                throw DomainError.forbidden
            }
            guard let access = try await NewcomerAccessRecords.access(personID: personID, in: sql),
                access.closedAt == nil
            else { throw DomainError.conflict("Cet espace personnel n'est pas ouvert.") }
            try await NewcomerAccessRecords.close(personID: personID, at: environment.time.now(), in: sql)
            try await NewcomerSessionRecords.deleteAll(personID: personID, in: sql)
            try await audit(
                .spaceClosed,
                personID: personID,
                actor: actor,
                changes: [AuditChange("acces", before: "ouvert", after: "fermé")],
                in: sql
            )
        }
    }

    /// The documents to bring to some of a household's appointments, for an agent who may see its spaces.
    public func documents(
        householdID: String,
        appointmentIDs: [String],
        actor: AccountSummary
    ) async throws -> [String: [DocumentToBring]] {
        try await environment.database.read { sql in
            guard let household = try await NewcomerAccessRecords.household(id: householdID, in: sql),
                SpaceOpeners.rights(of: actor, on: household.openers).seesAccess
            else { return [:] }
            return try await AppointmentDocumentRecords.documents(appointmentIDs: appointmentIDs, in: sql)
        }
    }

    /// Each member of a household with their space, for an agent who may see them (empty for anyone else).
    public func members(householdID: String, actor: AccountSummary) async throws -> [MemberSpace] {
        try await environment.database.read { sql in
            guard let household = try await NewcomerAccessRecords.household(id: householdID, in: sql),
                SpaceOpeners.rights(of: actor, on: household.openers).seesAccess
            else { return [] }
            let today = environment.time.today(inDepartement: household.departement)
            let accesses = try await NewcomerAccessRecords.accesses(householdID: householdID, in: sql)
            let unread = try await NewcomerMessageRecords.unreadCounts(householdID: householdID, in: sql)
            return try await HouseholdQueries.members(householdID: householdID, in: sql).map { member in
                MemberSpace(
                    personID: member.id,
                    name: member.documentNames,
                    adult: NewcomerSpaceRule.mayHaveSpace(birth: Self.birth(member), today: today),
                    access: Self.state(accesses.first { $0.personID == member.id }, household: household, today: today),
                    unreadMessages: unread[member.id] ?? 0
                )
            }
        }
    }

    /// Where an access stands for agents: a closed household closes every space.
    static func state(_ access: StoredAccess?, household: SpaceHousehold, today: CalendarDay) -> StoredAccessState {
        guard let access else { return .none }
        let zone = LocalTime.departement(household.departement)
        if access.closedAt != nil || !household.isOpen { return .closed }
        if let activated = access.activatedAt, let kind = access.secretKind {
            return .active(since: zone.day(of: activated), kind: kind)
        }
        let lastDay = zone.day(of: access.codeExpiresAt).adding(days: -1)
        return .awaitingFirstSignIn(until: lastDay, expired: today > lastDay)
    }

    /// The person's household, locked; not found when the actor has no right at all on it.
    func lockedHousehold(
        personID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> SpaceHousehold {
        try await SpaceHouseholdLock.household(personID: personID, seenBy: actor, environment: environment, in: sql)
    }

    func audit(
        _ action: AuditAction,
        personID: String,
        actor: AccountSummary?,
        changes: [AuditChange] = [],
        in sql: any SQLDatabase
    ) async throws {
        let entry = AuditEntry(
            actor: actor,
            action: action.rawValue,
            recordType: "personne",
            recordID: personID,
            personID: personID,
            changes: changes
        )
        try await environment.appendAudit(entry, in: sql)
    }

    static func birth(_ member: HouseholdMember) -> PartialBirthDate? {
        PartialBirthDate(year: member.birthYear, month: member.birthMonth, day: member.birthDay)
    }
}
