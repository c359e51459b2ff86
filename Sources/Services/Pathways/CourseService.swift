import Domain
import Foundation
import Persistence
import SQLKit

/// A training provider's language courses: it declares them in its départements, sees who is enrolled or waiting,
/// and records attendance hours, drop-outs and results; a freed seat goes to the first person waiting.
public struct CourseService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The provider's courses, latest start first.
    public func courses(actor: AccountSummary) async throws -> [CourseRecord] {
        try await environment.database.read { sql in
            try await Self.requireProvider(actor, in: sql)
            return try await CourseRecords.courses(organisationID: actor.organisationID, in: sql)
        }
    }

    /// Declares a course held in a commune of the provider's départements; returns its identifier.
    @discardableResult
    public func create(input: CourseInput, actor: AccountSummary) async throws -> String {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await Self.requireProvider(actor, in: sql)
            var errors = FieldErrors()
            let valid = input.validate(today: environment.time.today(for: actor), &errors)
            var commune: Commune?
            if let valid {
                commune = try await TerritoryQueries.commune(code: valid.communeCode, in: sql)
                if let found = commune {
                    if case .departements(let codes) = actor.scope, !codes.contains(found.departementCode) {
                        errors.add("courseCommune", "Cette commune est hors des départements de votre organisme.")
                    } else if let qpv = valid.qpvCode,
                        !(try await TerritoryQueries.qpv(inCommune: found.code, in: sql)).contains(where: {
                            $0.code == qpv
                        })
                    {
                        errors.add("courseQPV", "Ce quartier prioritaire n'est pas dans la commune choisie.")
                    }
                } else {
                    errors.add("courseCommune", "Aucune commune n'a ce code officiel (INSEE), par exemple 69266.")
                }
            }
            guard errors.isEmpty, let valid, let commune else { throw DomainError.invalid(errors) }
            try await CourseRecords.insert(
                id: id,
                organisationID: actor.organisationID,
                departement: commune.departementCode,
                valid,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .courseCreated,
                recordType: "formation",
                id: id,
                before: [:],
                after: [
                    "intitule": valid.title, "niveau": valid.targetLevel.frenchLabel, "heures": "\(valid.hours)",
                    "places": "\(valid.seats)", "commune": commune.name, "qpv": valid.qpvCode,
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// One of the provider's courses with its enrolments and waiting list.
    public func open(courseID: String, actor: AccountSummary) async throws -> (CourseRecord, [EnrolmentRecord]) {
        try await environment.database.read { sql in try await Self.open(courseID, actor: actor, in: sql) }
    }

    /// The provider's course and its enrolments, inside the caller's read or transaction.
    static func open(
        _ courseID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> (CourseRecord, [EnrolmentRecord]) {
        try await requireProvider(actor, in: sql)
        guard let course = try await CourseRecords.find(id: courseID, in: sql),
            course.organisationID == actor.organisationID
        else { throw DomainError.notFound }
        return (course, try await CourseRecords.enrolments(courseID: courseID, in: sql))
    }

    /// Records an enrolment's attendance hours, status and result; a seat freed by a drop-out goes to the first
    /// person on the waiting list. The course is locked while seats are counted and given.
    public func recordAttendance(
        courseID: String,
        enrolmentID: String,
        status: String,
        hours: String,
        result: String,
        actor: AccountSummary
    ) async throws {
        var parsed = FieldErrors()
        let newStatus = EnrolmentStatus(rawValue: status)
        if newStatus == nil { parsed.add("status-\(enrolmentID)", "Choisissez la situation de la personne.") }
        let level = PathwayField.level(
            result,
            field: "result-\(enrolmentID)",
            label: "le niveau atteint",
            required: false,
            &parsed
        )
        let parseErrors = parsed
        let now = environment.time.now()
        try await environment.database.write { sql in
            try await CourseRecords.lock(id: courseID, in: sql)
            let (course, enrolments) = try await Self.open(courseID, actor: actor, in: sql)
            guard let enrolment = enrolments.first(where: { $0.id == enrolmentID }) else {
                throw DomainError.notFound
            }
            var errors = parseErrors
            let attended = errors.integer(
                hours,
                field: "hours-\(enrolmentID)",
                in: 0...course.course.hours,
                message: "Saisissez les heures suivies, de 0 à \(course.course.hours)."
            )
            guard errors.isEmpty, let newStatus, let attended else { throw DomainError.invalid(errors) }
            if !enrolment.status.takesSeat, newStatus.takesSeat, course.seatsLeft == 0 {
                var full = FieldErrors()
                full.add("status-\(enrolmentID)", "La formation est complète : la personne reste en liste d'attente.")
                throw DomainError.invalid(full)
            }
            try await CourseRecords.update(
                enrolmentID: enrolmentID,
                status: newStatus,
                attendedHours: attended,
                result: level,
                at: now,
                in: sql
            )
            var promoted: EnrolmentRecord?
            if enrolment.status.takesSeat, !newStatus.takesSeat {
                promoted = enrolments.first { $0.status == .waiting && $0.id != enrolmentID }
                if let promoted {
                    try await CourseRecords.update(
                        enrolmentID: promoted.id,
                        status: .enrolled,
                        attendedHours: 0,
                        result: nil,
                        at: now,
                        in: sql
                    )
                }
            }
            try await environment.audit(
                .courseAttendance,
                recordType: "formation",
                id: courseID,
                before: [
                    "personne": enrolment.personID, "statut": enrolment.status.label,
                    "heures": "\(enrolment.attendedHours)",
                ],
                after: [
                    "personne": enrolment.personID, "statut": newStatus.label, "heures": "\(attended)",
                    "niveau": level?.frenchLabel, "place_attribuee_a": promoted?.personID,
                ],
                actor: actor,
                in: sql
            )
        }
    }

    /// Refuses anyone but a partner account of a training provider.
    static func requireProvider(_ actor: AccountSummary, in sql: any SQLDatabase) async throws {
        guard actor.role == .partenaire else { throw DomainError.forbidden }
        let organisation = try await OrganisationRecords.find(id: actor.organisationID, in: sql)
        guard organisation?.kind == .trainingProvider else { throw DomainError.forbidden }
    }
}
