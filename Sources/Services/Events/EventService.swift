import Domain
import Foundation
import Persistence
import SQLKit

/// Events of the Semaine de l'intégration in the back office: a prefecture declares them in its départements, a
/// partner proposes its own, the prefecture labels and publishes them (docs/events.md).
public struct EventService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The events the actor manages: its départements' for a prefecture (a partner's drafts stay the partner's until
    /// proposed), its organisation's for a partner.
    public func events(actor: AccountSummary, limit: Int = 500) async throws -> [EventSummary] {
        try requireOrganiser(actor)
        return try await environment.database.read { sql in
            if actor.role == .prefecture {
                return try await EventRecords.backOffice(
                    departements: EventAccess.departements(of: actor),
                    organisationID: nil,
                    draftsOf: actor.organisationID,
                    limit: limit,
                    in: sql
                )
            }
            return try await EventRecords.backOffice(
                departements: nil,
                organisationID: actor.organisationID,
                limit: limit,
                in: sql
            )
        }
    }

    /// One event the actor manages, with its registrations when the actor's organisation organises it.
    public func event(id: String, actor: AccountSummary) async throws -> (EventRecord, [RegistrationRecord]) {
        try requireOrganiser(actor)
        return try await environment.database.read { sql in
            guard let event = try await EventRecords.find(id: id, in: sql), EventAccess.canManage(actor, event) else {
                throw DomainError.notFound
            }
            let registrations =
                event.organisationID == actor.organisationID
                ? try await RegistrationRecords.all(eventID: id, in: sql) : []
            return (event, registrations)
        }
    }

    /// Declares (prefecture) or drafts (partner) an event; returns its identifier. It starts as a draft.
    @discardableResult
    public func create(_ input: EventInput, actor: AccountSummary) async throws -> String {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try requireOrganiser(actor)
            let (valid, place) = try await validate(input, actor: actor, in: sql)
            try await EventRecords.insert(
                id: id,
                editionID: input.editionID.isEmpty ? nil : input.editionID,
                departement: place.departement,
                organisationID: actor.organisationID,
                accountID: actor.id,
                state: .draft,
                valid,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .eventCreated,
                recordType: "evenement",
                id: id,
                before: [:],
                after: Self.auditFields(valid, editionID: input.editionID, state: .draft),
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Changes an event's fields, while its state allows it.
    public func update(id: String, _ input: EventInput, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            try requireOrganiser(actor)
            try await EventRecords.lock(id: id, in: sql)
            guard let event = try await EventRecords.find(id: id, in: sql), EventAccess.canManage(actor, event) else {
                throw DomainError.notFound
            }
            let byPrefecture = EventAccess.isPrefecture(actor, of: event.departementCode)
            guard EventTransition.canEdit(event.state, byPrefecture: byPrefecture) else {
                throw DomainError.conflict("Cet événement « \(event.state.label) » ne peut plus être modifié.")
            }
            var input = input
            input.editionID = event.editionID ?? ""
            let (valid, place) = try await validate(input, actor: actor, in: sql)
            if place.departement != event.departementCode {
                var errors = FieldErrors()
                errors.add(
                    "eventCommune",
                    "Un événement ne change pas de département : choisissez une commune du \(event.departementName)."
                )
                throw DomainError.invalid(errors)
            }
            if let capacity = valid.capacity, capacity < event.registeredCount {
                var errors = FieldErrors()
                errors.add(
                    "eventCapacity",
                    "\(event.registeredCount) personnes sont déjà inscrites : la capacité ne peut pas être inférieure."
                )
                throw DomainError.invalid(errors)
            }
            try await EventRecords.update(id: id, valid, at: environment.time.now(), in: sql)
            try await environment.audit(
                .eventUpdated,
                recordType: "evenement",
                id: id,
                before: Self.auditFields(event.event, editionID: input.editionID, state: event.state),
                after: Self.auditFields(valid, editionID: input.editionID, state: event.state),
                actor: actor,
                in: sql
            )
        }
    }

    /// Checks the input against the actor's territory, the commune and QPV, and the edition's days.
    func validate(
        _ input: EventInput,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> (ValidEvent, (name: String, departement: String))
    {
        var errors = FieldErrors()
        let code = input.communeCode.trimmingCharacters(in: .whitespaces).uppercased()
        let place = try await EventPlaces.commune(code: code, in: sql)
        if !code.isEmpty && place == nil {
            errors.add("eventCommune", "Aucune commune n'a ce code officiel (INSEE), par exemple 69123 pour Lyon.")
        } else if let place, !EventAccess.departements(of: actor).contains(place.departement) {
            errors.add("eventCommune", "Cette commune est hors de vos départements.")
        }
        var span: (starts: CalendarDay, ends: CalendarDay)?
        if !input.editionID.isEmpty {
            guard let edition = try await EditionRecords.find(id: input.editionID, in: sql) else {
                errors.add("eventEdition", "Choisissez l'édition dans la liste.")
                throw DomainError.invalid(errors)
            }
            span = (edition.edition.startsOn, edition.edition.endsOn)
        }
        let zone = LocalTime.departement(place?.departement ?? "")
        let valid = input.validate(&errors, zone: zone, edition: span)
        if let qpv = valid?.qpvCode, let place, !(try await EventPlaces.qpv(qpv, covers: code, in: sql)) {
            errors.add("eventQPV", "Ce quartier prioritaire ne couvre pas \(place.name).")
        }
        guard errors.isEmpty, let valid, let place else { throw DomainError.invalid(errors) }
        return (valid, place)
    }

    /// Refuses anyone but a prefecture agent or a partner.
    func requireOrganiser(_ actor: AccountSummary) throws {
        guard EventOrganisers().admits(actor.role) else { throw DomainError.forbidden }
    }

    static func auditFields(_ event: ValidEvent, editionID: String, state: EventState) -> [String: String?] {
        [
            "titre": event.title, "type": event.kind.rawValue, "themes": EventTheme.stored(event.themes),
            "debut": Timestamp.format(event.startsAt), "fin": Timestamp.format(event.endsAt), "adresse": event.address,
            "commune": event.communeCode, "qpv": event.qpvCode, "public": event.audience.rawValue,
            "places": event.capacity.map(String.init), "edition": editionID.isEmpty ? nil : editionID,
            "etat": state.rawValue,
            "organisateurs": event.organisers.map { "\($0.organises ? "O" : "P"):\($0.kind.rawValue):\($0.name)" }
                .joined(separator: " | "),
        ]
    }
}
