import Domain
import Foundation
import Persistence
import SQLKit

/// Public registration to events, without an account: a name and an e-mail, a confirmation with a cancel link, a
/// waiting list that moves up on cancellation, and the registrants' erasure three months after the event.
public struct RegistrationService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What a registration request led to.
    public enum Outcome: Sendable, Equatable {
        /// A new registration with this status (a confirmation e-mail is on its way).
        case created(RegistrationStatus)
        /// The address was already registered or waiting: one registration per address and event.
        case alreadyRegistered(RegistrationStatus)
    }

    /// The absolute addresses the e-mails link to, built by the web layer from the configured public URL.
    public struct Links: Sendable {
        public let event: @Sendable (String) -> String
        public let cancel: @Sendable (String) -> String

        public init(event: @escaping @Sendable (String) -> String, cancel: @escaping @Sendable (String) -> String) {
            self.event = event
            self.cancel = cancel
        }
    }

    /// Registers someone for a published event taken on registration. The event row is locked first, so that of
    /// several people asking for the last seat at once exactly one gets it and the others wait.
    public func register(eventID: String, name: String, email: String, links: Links) async throws -> Outcome {
        var errors = FieldErrors()
        guard let (cleanName, address) = RegistrationRules.validate(name: name, email: email, &errors) else {
            throw DomainError.invalid(errors)
        }
        let token = environment.ids.makeToken(byteCount: 24)
        return try await environment.database.write { sql in
            try await EventRecords.lock(id: eventID, in: sql)
            guard let event = try await EventRecords.find(id: eventID, in: sql), event.state.isPublic else {
                throw DomainError.notFound
            }
            let existing = try await RegistrationRecords.find(eventID: eventID, email: address.address, in: sql)
            if let existing, existing.status != .cancelled { return .alreadyRegistered(existing.status) }
            let counts = try await RegistrationRecords.counts(eventID: eventID, in: sql)
            let now = environment.time.now()
            let status: RegistrationStatus
            switch RegistrationRules.admit(
                state: event.state,
                audience: event.event.audience,
                capacity: event.event.capacity,
                registered: counts.registered,
                startsAt: event.event.startsAt,
                now: now
            ) {
            case .success(let value): status = value
            case .failure(let refusal): throw DomainError.conflict(refusal.message)
            }
            let id = existing?.id ?? environment.ids.makeIdentifier()
            if existing != nil {
                try await RegistrationRecords.reopen(
                    id: id,
                    eventID: eventID,
                    name: cleanName,
                    status: status,
                    tokenHash: TokenHash.of(token),
                    at: now,
                    in: sql
                )
            } else {
                try await RegistrationRecords.insert(
                    id: id,
                    eventID: eventID,
                    email: address.address,
                    name: cleanName,
                    status: status,
                    tokenHash: TokenHash.of(token),
                    at: now,
                    in: sql
                )
            }
            try await EventRecords.setCounts(
                id: eventID,
                registered: counts.registered + (status == .registered ? 1 : 0),
                waiting: counts.waiting + (status == .waiting ? 1 : 0),
                in: sql
            )
            try await MailOutbox.enqueue(
                RegistrationMails.confirmation(
                    event,
                    to: address,
                    status: status,
                    links: .init(event: links.event(eventID), cancel: links.cancel(token))
                ),
                purpose: "inscription",
                referenceID: id,
                environment: environment,
                in: sql
            )
            try await environment.audit(
                .eventRegistration,
                recordType: "inscription",
                id: id,
                before: [:],
                after: [
                    "evenement": eventID, "statut": status.rawValue, "nom": cleanName, "courriel": address.address,
                ],
                personalFields: ["nom", "courriel"],
                actor: nil,
                in: sql
            )
            return .created(status)
        }
    }

    /// The registration behind a cancel link, with its event; nil for an unknown or erased link.
    public func registration(token: String) async throws -> (RegistrationRecord, EventRecord)? {
        try await environment.database.read { sql in
            guard let registration = try await RegistrationRecords.find(tokenHash: TokenHash.of(token), in: sql),
                let event = try await EventRecords.find(id: registration.eventID, in: sql)
            else { return nil }
            return (registration, event)
        }
    }

    /// Cancels the registration behind a cancel link; a seat freed before the event goes, in the same transaction,
    /// to the first person waiting, who is told by e-mail. Returns false when the link is unknown.
    @discardableResult
    public func cancel(token: String, links: Links) async throws -> Bool {
        try await environment.database.write { sql in
            guard let found = try await RegistrationRecords.find(tokenHash: TokenHash.of(token), in: sql) else {
                return false
            }
            try await EventRecords.lock(id: found.eventID, in: sql)
            // Read again under the lock: a concurrent cancellation may have changed it.
            guard let registration = try await RegistrationRecords.find(tokenHash: TokenHash.of(token), in: sql),
                let event = try await EventRecords.find(id: registration.eventID, in: sql)
            else { return false }
            if registration.status == .cancelled { return true }
            let now = environment.time.now()
            try await RegistrationRecords.setStatus(id: registration.id, .cancelled, at: now, in: sql)
            var promoted: RegistrationRecord?
            if RegistrationRules.freesSeat(registration.status, startsAt: event.event.startsAt, now: now),
                event.state == .published,
                let first = try await RegistrationRecords.firstWaiting(eventID: event.id, in: sql)
            {
                promoted = first
                try await RegistrationRecords.setStatus(id: first.id, .registered, at: now, in: sql)
                if let address = MailAddress(first.email, name: first.name) {
                    try await MailOutbox.enqueue(
                        RegistrationMails.promoted(
                            event,
                            to: address,
                            links: .init(event: links.event(event.id), cancel: nil)
                        ),
                        purpose: "inscription",
                        referenceID: first.id,
                        environment: environment,
                        in: sql
                    )
                }
            }
            let counts = try await RegistrationRecords.counts(eventID: event.id, in: sql)
            try await EventRecords.setCounts(
                id: event.id,
                registered: counts.registered,
                waiting: counts.waiting,
                in: sql
            )
            try await environment.audit(
                .eventRegistrationCancelled,
                recordType: "inscription",
                id: registration.id,
                before: ["statut": registration.status.rawValue],
                after: ["statut": RegistrationStatus.cancelled.rawValue, "place_attribuee_a": promoted?.id],
                actor: nil,
                in: sql
            )
            return true
        }
    }

    /// Writes to everyone registered or waiting that the event is cancelled (inside the cancelling transaction).
    func announceCancellation(_ event: EventRecord, in sql: any SQLDatabase) async throws {
        for registration in try await RegistrationRecords.all(eventID: event.id, in: sql)
        where registration.status != .cancelled {
            guard let address = MailAddress(registration.email, name: registration.name) else { continue }
            try await MailOutbox.enqueue(
                RegistrationMails.cancelled(event, to: address),
                purpose: "annulation",
                referenceID: registration.id,
                environment: environment,
                in: sql
            )
        }
    }
}
