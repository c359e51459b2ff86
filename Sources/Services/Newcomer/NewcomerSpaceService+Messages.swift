import Domain
import Foundation
import Persistence
import SQLKit

extension NewcomerSpaceService {
    /// The thread with the caseworker; the caseworker's replies are marked read (an audited write, only when there
    /// was something unread).
    public func thread(_ session: SpaceSession, householdID: String) async throws -> SpaceThread {
        try await environment.database.write { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            let messages = try await NewcomerMessageRecords.thread(personID: session.personID, in: sql)
            let unread = messages.filter { !$0.fromPerson && $0.readAt == nil }.count
            if unread > 0 {
                try await NewcomerMessageRecords.markRead(
                    personID: session.personID,
                    writtenByPerson: false,
                    at: environment.time.now(),
                    in: sql
                )
                try await personAudit(
                    .spaceThreadRead,
                    session,
                    detail: FrenchNumber.count(unread, "réponse lue", plural: "réponses lues"),
                    in: sql
                )
            }
            return SpaceThread(subject: subject, messages: messages)
        }
    }

    /// Sends a message to the caseworker, checked, written and audited in one transaction with the household locked
    /// (a support that ended meanwhile refuses it).
    public func send(_ session: SpaceSession, householdID: String, body raw: String) async throws {
        let body: String
        switch NewcomerSpaceRule.message(raw) {
        case .success(let text): body = text
        case .failure(let problem): throw SpaceFormProblems("message", problem)
        }
        try await environment.database.write { sql in
            guard
                let household = try await NewcomerAccessRecords.lockHousehold(
                    personID: session.personID,
                    in: sql
                ), household.id == householdID
            else { throw DomainError.notFound }
            _ = try await subject(session, householdID: householdID, in: sql)
            let id = environment.ids.makeIdentifier()
            try await NewcomerMessageRecords.insert(
                id: id,
                householdID: householdID,
                personID: session.personID,
                fromPerson: true,
                accountID: nil,
                body: body,
                at: environment.time.now(),
                in: sql
            )
            try await personAudit(.spaceMessage, session, detail: nil, recordID: id, in: sql)
        }
    }

    /// "Qui a consulté mon dossier": agents' reads and changes of the person's records; the read is audited.
    public func dataRights(_ session: SpaceSession, householdID: String) async throws -> SpaceDataRights {
        try await environment.database.write { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            let events = try await NewcomerQueries.consultations(
                personID: session.personID,
                householdID: householdID,
                limit: Self.consultationsShown,
                in: sql
            )
            let officers = try await NewcomerQueries.dataProtectionOfficers(
                organisationID: subject.household.operatorID,
                in: sql
            )
            try await personAudit(.spaceConsultations, session, detail: nil, in: sql)
            return SpaceDataRights(
                subject: subject,
                consultations: events.map {
                    (
                        $0,
                        AuditDisclosure.showsName(
                            agentAccountID: $0.accountID,
                            householdCaseworkerID: subject.household.caseworkerID
                        )
                    )
                },
                officers: officers
            )
        }
    }

    /// The most events "Qui a consulté mon dossier" lists (the newest).
    static let consultationsShown = 200

    func personAudit(
        _ action: AuditAction,
        _ session: SpaceSession,
        detail: String?,
        recordID: String? = nil,
        in sql: any SQLDatabase
    ) async throws {
        let entry = AuditEntry(
            actor: nil,
            action: action.rawValue,
            recordType: "espace",
            recordID: recordID ?? session.personID,
            personID: session.personID,
            changes: detail.map { [AuditChange("detail", before: nil, after: $0)] } ?? []
        )
        try await environment.appendAudit(entry, in: sql)
    }
}
