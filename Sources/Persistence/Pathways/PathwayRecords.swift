import Domain
import Foundation
import SQLKit

/// A stored language assessment.
public struct AssessmentRecord: Sendable, Equatable {
    public let id: String
    public let assessment: LanguageAssessmentInput.Valid
}

/// A stored certificate or diploma.
public struct ProofRecord: Sendable, Equatable {
    public let id: String
    public let proof: LanguageProofInput.Valid
}

/// A stored civic exam session.
public struct CivicExamRecord: Sendable, Equatable {
    public let id: String
    public let exam: CivicExamInput.Valid
}

/// SQL for a person's CIR, language assessments, proofs and civic exams.
public enum PathwayRecords {
    /// The household of a person, if the person exists.
    public static func householdID(personID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT household_id FROM persons WHERE id = \(bind: personID)").first()?.decode(
            column: "household_id",
            as: String.self
        )
    }

    /// The commune a household lives in, if known.
    public static func householdCommune(householdID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT commune_code FROM households WHERE id = \(bind: householdID)").first()?.decode(
            column: "commune_code",
            as: String?.self
        )
    }

    /// Creates or replaces the person's CIR record.
    public static func saveCIR(
        _ cir: CIRRecordInput.Valid,
        personID: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw("DELETE FROM cir_records WHERE person_id = \(bind: personID)").run()
        let sessions = cir.civicSessions.map { $0?.iso }
        try await sql.raw(
            """
            INSERT INTO cir_records (person_id, signed_on, ofii_direction, civic_session_1, civic_session_2,
                civic_session_3, civic_session_4, positioning_level, language_hours, training_finished_on,
                final_level, end_interview_on, employment_orientation_on, account_id, updated_at)
            VALUES (\(bind: personID), \(bind: cir.signedOn.iso), \(bind: cir.ofiiDirection), \(bind: sessions[0]),
                \(bind: sessions[1]), \(bind: sessions[2]), \(bind: sessions[3]),
                \(bind: cir.positioningLevel?.rawValue), \(bind: cir.languageHours),
                \(bind: cir.trainingFinishedOn?.iso), \(bind: cir.finalLevel?.rawValue),
                \(bind: cir.endInterviewOn?.iso), \(bind: cir.employmentOrientationOn?.iso), \(bind: accountID),
                \(bind: Timestamp.format(now)))
            """
        ).run()
        try await PathwayAreas.place(personID: personID, in: sql)
        // The person's CIR date on the referral stays the one the casework rules read.
        try await sql.raw("UPDATE persons SET cir_signed_on = \(bind: cir.signedOn.iso) WHERE id = \(bind: personID)")
            .run()
    }

    /// The person's CIR record, if one was entered.
    public static func cir(personID: String, in sql: any SQLDatabase) async throws -> CIRRecordInput.Valid? {
        guard
            let row = try await sql.raw("SELECT * FROM cir_records WHERE person_id = \(bind: personID)").first(),
            let signed = try SkillColumns.day(row, "signed_on")
        else { return nil }
        return CIRRecordInput.Valid(
            signedOn: signed,
            ofiiDirection: try row.decode(column: "ofii_direction", as: String?.self),
            civicSessions: try (1...4).map { try SkillColumns.day(row, "civic_session_\($0)") },
            positioningLevel: try row.decode(column: "positioning_level", as: String?.self).flatMap(
                CEFRLevel.init(rawValue:)
            ),
            languageHours: try row.decode(column: "language_hours", as: Int?.self),
            trainingFinishedOn: try SkillColumns.day(row, "training_finished_on"),
            finalLevel: try row.decode(column: "final_level", as: String?.self).flatMap(CEFRLevel.init(rawValue:)),
            endInterviewOn: try SkillColumns.day(row, "end_interview_on"),
            employmentOrientationOn: try SkillColumns.day(row, "employment_orientation_on")
        )
    }

    /// Adds a language assessment.
    public static func insertAssessment(
        id: String,
        personID: String,
        _ assessment: LanguageAssessmentInput.Valid,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let levels = LanguageSkill.allCases.map { assessment.levels[$0]?.rawValue }
        try await sql.raw(
            """
            INSERT INTO language_assessments (id, person_id, assessed_on, assessor, oral_comprehension,
                written_comprehension, oral_expression, written_expression, account_id, created_at)
            VALUES (\(bind: id), \(bind: personID), \(bind: assessment.date.iso), \(bind: assessment.assessor),
                \(bind: levels[0]), \(bind: levels[1]), \(bind: levels[2]), \(bind: levels[3]), \(bind: accountID),
                \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The person's assessments, oldest first.
    public static func assessments(personID: String, in sql: any SQLDatabase) async throws -> [AssessmentRecord] {
        try await sql.raw(
            """
            SELECT * FROM language_assessments WHERE person_id = \(bind: personID) ORDER BY assessed_on, created_at, id
            """
        ).all().compactMap { row in
            guard let day = try SkillColumns.day(row, "assessed_on") else { return nil }
            return AssessmentRecord(
                id: try row.decode(column: "id", as: String.self),
                assessment: .init(
                    date: day,
                    assessor: try row.decode(column: "assessor", as: String.self),
                    levels: try SkillColumns.levels(row)
                )
            )
        }
    }

    /// Adds a certificate or diploma.
    public static func insertProof(
        id: String,
        personID: String,
        _ proof: LanguageProofInput.Valid,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let levels = LanguageSkill.allCases.map { proof.proof.levels[$0]?.rawValue }
        try await sql.raw(
            """
            INSERT INTO language_proofs (id, person_id, kind, proof_kind, obtained_on, reference, oral_comprehension,
                written_comprehension, oral_expression, written_expression, account_id, created_at)
            VALUES (\(bind: id), \(bind: personID), \(bind: proof.kind.rawValue), \(bind: proof.proof.kind.rawValue),
                \(bind: proof.proof.date.iso), \(bind: proof.reference), \(bind: levels[0]), \(bind: levels[1]),
                \(bind: levels[2]), \(bind: levels[3]), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The person's certificates and diplomas, oldest first.
    public static func proofs(personID: String, in sql: any SQLDatabase) async throws -> [ProofRecord] {
        try await sql.raw(
            "SELECT * FROM language_proofs WHERE person_id = \(bind: personID) ORDER BY obtained_on, created_at, id"
        ).all().compactMap { row in
            guard
                let kind = CertificationKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let day = try SkillColumns.day(row, "obtained_on")
            else { return nil }
            let proof = LanguageProof(
                kind: kind.proofKind,
                name: kind.label,
                date: day,
                levels: try SkillColumns.levels(row)
            )
            return ProofRecord(
                id: try row.decode(column: "id", as: String.self),
                proof: .init(kind: kind, proof: proof, reference: try row.decode(column: "reference", as: String?.self))
            )
        }
    }

    /// Adds a civic exam session.
    public static func insertCivicExam(
        id: String,
        personID: String,
        _ exam: CivicExamInput.Valid,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO civic_exams (id, person_id, version, taken_on, score, centre, fraud, account_id, created_at)
            VALUES (\(bind: id), \(bind: personID), \(bind: exam.result.version.rawValue),
                \(bind: exam.result.date.iso), \(bind: exam.result.score), \(bind: exam.centre),
                \(bind: exam.result.fraud), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await PathwayAreas.place(personID: personID, in: sql)
    }

    /// The person's civic exam sessions, oldest first.
    public static func civicExams(personID: String, in sql: any SQLDatabase) async throws -> [CivicExamRecord] {
        try await sql.raw(
            "SELECT * FROM civic_exams WHERE person_id = \(bind: personID) ORDER BY taken_on, created_at, id"
        ).all().compactMap { row in
            guard
                let version = ResidenceTitle(rawValue: try row.decode(column: "version", as: String.self)),
                let day = try SkillColumns.day(row, "taken_on")
            else { return nil }
            return CivicExamRecord(
                id: try row.decode(column: "id", as: String.self),
                exam: .init(
                    result: CivicExamResult(
                        version: version,
                        date: day,
                        score: try row.decode(column: "score", as: Int.self),
                        fraud: try row.decode(column: "fraud", as: Bool.self)
                    ),
                    centre: try row.decode(column: "centre", as: String.self)
                )
            )
        }
    }

    /// The tables a recorded entry may be withdrawn from, by the name forms send.
    public enum Entry: String, Sendable, CaseIterable {
        case assessment = "evaluation"
        case proof = "justificatif"
        case civicExam = "examen"

        var table: String {
            switch self {
            case .assessment: "language_assessments"
            case .proof: "language_proofs"
            case .civicExam: "civic_exams"
            }
        }
    }

    /// Deletes one entry of a person; false when the person has no such entry.
    public static func withdraw(
        _ entry: Entry,
        id: String,
        personID: String,
        in sql: any SQLDatabase
    ) async throws
        -> Bool
    {
        let found = try await sql.raw(
            "SELECT id FROM \(unsafeRaw: entry.table) WHERE id = \(bind: id) AND person_id = \(bind: personID)"
        ).first()
        guard found != nil else { return false }
        try await sql.raw("DELETE FROM \(unsafeRaw: entry.table) WHERE id = \(bind: id)").run()
        return true
    }
}
