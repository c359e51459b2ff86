import Domain
import Foundation
import Persistence

extension EventService {
    /// Moves an event through its states (propose, publish, send back, cancel); `note` is shown to the author when
    /// a proposal is sent back. Cancelling a published event writes to everyone registered or waiting.
    public func apply(_ action: EventAction, eventID: String, note: String, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let note = errors.text(note, field: "reviewNote", kind: .note)
        if action == .returnToDraft && (note ?? "").isEmpty && errors.isEmpty {
            errors.add("reviewNote", "Expliquez au partenaire ce qu'il doit revoir.")
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            try requireOrganiser(actor)
            try await EventRecords.lock(id: eventID, in: sql)
            guard let event = try await EventRecords.find(id: eventID, in: sql), EventAccess.canManage(actor, event)
            else { throw DomainError.notFound }
            let now = environment.time.now()
            let next = EventTransition.next(
                from: event.state,
                action,
                byPrefecture: EventAccess.isPrefecture(actor, of: event.departementCode),
                ended: event.event.endsAt <= now
            )
            let state: EventState
            switch next {
            case .success(let value): state = value
            case .failure(let refusal): throw DomainError.conflict(refusal.message)
            }
            try await EventRecords.setState(
                id: eventID,
                state,
                reviewNote: action == .returnToDraft ? note : nil,
                at: now,
                in: sql
            )
            if state == .cancelled {
                try await RegistrationService(environment: environment).announceCancellation(event, in: sql)
            }
            try await environment.audit(
                .eventStateChanged,
                recordType: "evenement",
                id: eventID,
                before: ["etat": event.state.rawValue],
                after: ["etat": state.rawValue, "note": action == .returnToDraft ? note : nil],
                actor: actor,
                in: sql
            )
        }
    }

    /// Records how many people came, by kind, once the event is over; the event becomes held.
    public func recordAttendance(eventID: String, counts raw: [String: String], actor: AccountSummary) async throws {
        var errors = FieldErrors()
        var counts: [AttendanceKind: Int] = [:]
        for kind in AttendanceKind.allCases {
            if let count = errors.integer(
                raw[kind.rawValue] ?? "",
                field: "attendance-\(kind.rawValue)",
                in: 0...100_000,
                required: false,
                message: "Saisissez un nombre entre 0 et 100 000."
            ) {
                counts[kind] = count
            }
        }
        if errors.isEmpty && counts.isEmpty {
            errors.add(
                "attendance-\(AttendanceKind.newcomers.rawValue)",
                "Saisissez au moins un nombre de participants."
            )
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            try requireOrganiser(actor)
            try await EventRecords.lock(id: eventID, in: sql)
            guard let event = try await EventRecords.find(id: eventID, in: sql), EventAccess.canManage(actor, event)
            else { throw DomainError.notFound }
            let now = environment.time.now()
            guard EventTransition.canRecordAttendance(event.state, ended: event.event.endsAt <= now) else {
                throw DomainError.conflict("Le bilan s'enregistre pour un événement publié, une fois terminé.")
            }
            try await EventRecords.setAttendance(id: eventID, counts, at: now, in: sql)
            try await environment.audit(
                .eventAttendance,
                recordType: "evenement",
                id: eventID,
                before: Self.attendanceFields(event.attendance).merging(["etat": event.state.rawValue]) { $1 },
                after: Self.attendanceFields(counts).merging(["etat": EventState.held.rawValue]) { $1 },
                actor: actor,
                in: sql
            )
        }
    }

    static func attendanceFields(_ counts: [AttendanceKind: Int]) -> [String: String?] {
        Dictionary(uniqueKeysWithValues: AttendanceKind.allCases.map { ($0.rawValue, counts[$0].map(String.init)) })
    }
}
