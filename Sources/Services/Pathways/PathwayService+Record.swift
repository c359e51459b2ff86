import Domain
import Foundation
import Persistence
import SQLKit

extension PathwayService {
    /// Creates or replaces the person's CIR record.
    public func saveCIR(personID: String, input: CIRRecordInput, actor: AccountSummary) async throws {
        try await record(
            personID,
            actor: actor,
            validate: { input.validate(today: $0, &$1) },
            write: { valid, sql in
                try await PathwayRecords.saveCIR(valid, personID: personID, accountID: actor.id, at: now, in: sql)
                return (
                    .cirRecorded,
                    [
                        "signature": valid.signedOn.iso,
                        "seances_civiques": String(valid.civicSessions.compactMap { $0 }.count),
                        "heures_langue": valid.languageHours.map(String.init),
                        "niveau_final": valid.finalLevel?.frenchLabel,
                    ]
                )
            }
        )
    }

    /// Adds a language assessment.
    public func addAssessment(personID: String, input: LanguageAssessmentInput, actor: AccountSummary) async throws {
        let id = environment.ids.makeIdentifier()
        try await record(
            personID,
            actor: actor,
            validate: { input.validate(today: $0, &$1) },
            write: { valid, sql in
                try await PathwayRecords.insertAssessment(
                    id: id,
                    personID: personID,
                    valid,
                    accountID: actor.id,
                    at: now,
                    in: sql
                )
                return (.languageAssessed, ["date": valid.date.iso, "evaluateur": valid.assessor])
            }
        )
    }

    /// Adds a certificate or diploma.
    public func addProof(personID: String, input: LanguageProofInput, actor: AccountSummary) async throws {
        let id = environment.ids.makeIdentifier()
        try await record(
            personID,
            actor: actor,
            validate: { input.validate(today: $0, &$1) },
            write: { valid, sql in
                try await PathwayRecords.insertProof(
                    id: id,
                    personID: personID,
                    valid,
                    accountID: actor.id,
                    at: now,
                    in: sql
                )
                return (
                    .languageProofAdded,
                    ["justificatif": valid.kind.label, "date": valid.proof.date.iso, "reference": valid.reference]
                )
            }
        )
    }

    /// Adds a civic exam session.
    public func addCivicExam(personID: String, input: CivicExamInput, actor: AccountSummary) async throws {
        let id = environment.ids.makeIdentifier()
        try await record(
            personID,
            actor: actor,
            validate: { input.validate(today: $0, &$1) },
            write: { valid, sql in
                try await PathwayRecords.insertCivicExam(
                    id: id,
                    personID: personID,
                    valid,
                    accountID: actor.id,
                    at: now,
                    in: sql
                )
                return (
                    .civicExamRecorded,
                    [
                        "version": valid.result.version.frenchLabel, "date": valid.result.date.iso,
                        "score": "\(valid.result.score)/40", "fraude": valid.result.fraud ? "oui" : "non",
                    ]
                )
            }
        )
    }

    /// Withdraws an assessment, certificate or civic exam entered by mistake; the audit log keeps what it said.
    public func withdraw(personID: String, entry: String, id: String, actor: AccountSummary) async throws {
        guard let kind = PathwayRecords.Entry(rawValue: entry) else { throw DomainError.notFound }
        try await environment.database.write { sql in
            _ = try await Self.writable(personID, actor: actor, in: sql)
            let described = try await Self.description(of: kind, id: id, personID: personID, in: sql)
            guard try await PathwayRecords.withdraw(kind, id: id, personID: personID, in: sql) else {
                throw DomainError.notFound
            }
            try await environment.audit(
                .pathwayEntryWithdrawn,
                recordType: "personne",
                id: personID,
                before: ["saisie": described],
                after: [:],
                actor: actor,
                in: sql
            )
        }
    }

    /// What the audit log keeps of a withdrawn entry.
    private static func description(
        of kind: PathwayRecords.Entry,
        id: String,
        personID: String,
        in sql: any SQLDatabase
    ) async throws -> String? {
        switch kind {
        case .assessment:
            return try await PathwayRecords.assessments(personID: personID, in: sql).first { $0.id == id }.map {
                "évaluation du \($0.assessment.date.iso) par \($0.assessment.assessor)"
            }
        case .proof:
            return try await PathwayRecords.proofs(personID: personID, in: sql).first { $0.id == id }.map {
                "\($0.proof.kind.label) du \($0.proof.proof.date.iso)"
            }
        case .civicExam:
            return try await PathwayRecords.civicExams(personID: personID, in: sql).first { $0.id == id }.map {
                "examen civique du \($0.exam.result.date.iso), \($0.exam.result.score)/40"
            }
        }
    }

    /// The one shape of every pathway record, in one transaction: the actor may write (the household's row locked),
    /// the input is valid on the household's local day (else nothing is written), the write and its audit event.
    private func record<Valid: Sendable>(
        _ personID: String,
        actor: AccountSummary,
        validate: (CalendarDay, inout FieldErrors) -> Valid?,
        write: @Sendable (Valid, any SQLDatabase) async throws -> (AuditAction, [String: String?])
    ) async throws {
        try await environment.database.write { sql in
            let (household, _) = try await Self.writable(personID, actor: actor, in: sql)
            var errors = FieldErrors()
            guard let valid = validate(environment.time.today(inDepartement: household.departement), &errors) else {
                throw DomainError.invalid(errors)
            }
            let (action, fields) = try await write(valid, sql)
            try await environment.audit(
                action,
                recordType: "personne",
                id: personID,
                before: [:],
                after: fields,
                actor: actor,
                in: sql
            )
        }
    }

    /// Enrols the person in a course of the household's département: a seat if one is free, else the waiting list.
    /// The household and then the course are locked, so that two enrolments never take the same last seat.
    @discardableResult
    public func enrol(personID: String, courseID: String, actor: AccountSummary) async throws -> EnrolmentStatus {
        let id = environment.ids.makeIdentifier()
        return try await environment.database.write { sql in
            let (household, _) = try await Self.writable(personID, actor: actor, in: sql)
            let today = environment.time.today(inDepartement: household.departement)
            try await CourseRecords.lock(id: courseID, in: sql)
            guard let course = try await CourseRecords.find(id: courseID, in: sql),
                course.departement == household.departement
            else {
                var errors = FieldErrors()
                errors.add("courseID", "Choisissez une formation du département du ménage.")
                throw DomainError.invalid(errors)
            }
            guard course.course.endsOn >= today else {
                throw DomainError.conflict("Cette formation est terminée.")
            }
            let existing = try await CourseRecords.enrolments(courseID: courseID, in: sql)
            guard !existing.contains(where: { $0.personID == personID }) else {
                throw DomainError.conflict("Cette personne est déjà inscrite à cette formation ou en liste d'attente.")
            }
            let status: EnrolmentStatus = course.seatsLeft > 0 ? .enrolled : .waiting
            try await CourseRecords.enrol(
                id: id,
                courseID: courseID,
                personID: personID,
                status: status,
                on: today,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await environment.audit(
                .courseEnrolment,
                recordType: "personne",
                id: personID,
                before: [:],
                after: ["formation": course.course.title, "statut": status.label],
                actor: actor,
                in: sql
            )
            return status
        }
    }

    var now: Date { environment.time.now() }
}
