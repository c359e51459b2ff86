import Domain
import SQLKit

/// SQL for `appointment_documents`: what a person is asked to bring to an appointment.
public enum AppointmentDocumentRecords {
    /// Replaces the documents of an appointment.
    public static func set(
        _ documents: [DocumentToBring],
        appointmentID: String,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw("DELETE FROM appointment_documents WHERE appointment_id = \(bind: appointmentID)").run()
        for document in documents {
            try await sql.raw(
                """
                INSERT INTO appointment_documents (appointment_id, document)
                VALUES (\(bind: appointmentID), \(bind: document.rawValue))
                """
            ).run()
        }
    }

    /// The documents of each of these appointments, in the list's order.
    public static func documents(
        appointmentIDs: [String],
        in sql: any SQLDatabase
    ) async throws -> [String: [DocumentToBring]] {
        guard !appointmentIDs.isEmpty else { return [:] }
        let ids = SQLList(appointmentIDs.map { SQLBind($0) })
        var found: [String: [DocumentToBring]] = [:]
        for row in try await sql.raw(
            "SELECT appointment_id, document FROM appointment_documents WHERE appointment_id IN (\(ids))"
        ).all() {
            guard let document = DocumentToBring(rawValue: try row.decode(column: "document", as: String.self))
            else { continue }
            found[try row.decode(column: "appointment_id", as: String.self), default: []].append(document)
        }
        return found.mapValues { DocumentToBring.read($0.map(\.rawValue)) ?? $0 }
    }

    /// The household of an appointment, with its stage and caseworker; with `locking`, locked until the end of the
    /// transaction (PostgreSQL).
    public static func household(
        appointmentID: String,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws -> SpaceHousehold? {
        let lock: SQLQueryString = locking ? sql.lockingRows(of: "h") : ""
        let query: SQLQueryString =
            NewcomerAccessRecords.householdColumns
                + """
                 FROM appointments a JOIN households h ON h.id = a.household_id
                WHERE a.id = \(bind: appointmentID)
                """ + lock
        return try await sql.raw(query).first().map(NewcomerAccessRecords.household)
    }
}
