import Domain
import Foundation
import Persistence
import SQLKit

extension NewcomerSpaceService {
    /// The person's own data, for download or display; the read is audited with the format asked for.
    public func export(_ session: SpaceSession, householdID: String, format: String) async throws -> SpaceExport {
        try await environment.database.write { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            let export = try await collect(subject, in: sql)
            try await personAudit(.spaceExport, session, detail: format, in: sql)
            return export
        }
    }

    func collect(_ subject: SpaceSubject, in sql: any SQLDatabase) async throws -> SpaceExport {
        let person = subject.person
        let personID = person.id
        let householdID = subject.household.id
        let details = try await PersonDetailRecords.details(householdID: householdID, in: sql)
            .first { $0.personID == personID }
        let members = try await HouseholdQueries.members(householdID: householdID, in: sql)
        let support = try await CaseworkRecords.milestones(householdID: householdID, in: sql)
        // Every appointment of the household, past and cancelled ones included (the right of access covers them),
        // oldest first: a household has a few dozen at most.
        let appointments = Array(try await AppointmentRecords.history(householdID: householdID, in: sql).reversed())
        let documents = try await AppointmentDocumentRecords.documents(appointmentIDs: appointments.map(\.id), in: sql)
        let cir = try await PathwayRecords.cir(personID: personID, in: sql)
        let assessments = try await PathwayRecords.assessments(personID: personID, in: sql)
        let proofs = try await PathwayRecords.proofs(personID: personID, in: sql)
        let exams = try await PathwayRecords.civicExams(personID: personID, in: sql)
        let enrolments = try await CourseRecords.enrolments(personID: personID, in: sql)
        let titles = try await PersonDetailRecords.titles(householdID: householdID, in: sql)
            .filter { $0.personID == personID }
        let milestones = try await MilestoneRecords.milestones(householdID: householdID, in: sql)
            .filter { $0.personID == nil || $0.personID == personID }
        let messages = try await NewcomerMessageRecords.thread(personID: personID, in: sql)
        let access = try await NewcomerAccessRecords.access(personID: personID, in: sql)
        return SpaceExport(
            generatedAt: environment.time.now(),
            person: .init(
                documentNames: person.documentNames,
                usualNames: person.usualNames,
                birth: PartialBirthDate(year: person.birthYear, month: person.birthMonth, day: person.birthDay)?.iso
                    ?? String(person.birthYear),
                sex: person.sex,
                nationality: person.nationality,
                protection: person.protection,
                protectionAuthority: person.protectionAuthority,
                protectionDate: person.protectionDate,
                cirSignedOn: person.cirSignatureDate,
                agdref: person.agdref,
                languages: details?.languages,
                phone: details?.phone,
                email: details?.email,
                ofpraNumber: details?.ofpraNumber,
                cafNumber: details?.cafNumber,
                franceTravailID: details?.franceTravailID,
                socialSecurityNumber: details?.socialSecurityNumber
            ),
            household: .init(
                departement: subject.household.departement,
                stage: subject.household.stage,
                organisation: subject.organisationName,
                caseworker: subject.caseworkerName,
                welcomeInterview: support.welcomeInterview,
                contractSigned: support.contractSigned,
                otherMembers: members.filter { $0.id != personID && $0.documentNames != "" }
                    .map { "\($0.documentNames) (\($0.birthYear))" }
            ),
            residenceTitles: titles.map { .init(kind: $0.kind, validFrom: $0.validFrom, validTo: $0.validTo) },
            appointments: appointments.map {
                .init(
                    startsAt: $0.startsAt.stored,
                    status: $0.status.rawValue,
                    minutes: $0.minutes,
                    place: $0.place,
                    documents: documents[$0.id] ?? []
                )
            },
            plan: try await steps(subject, in: sql).map {
                .init(
                    domain: $0.domain.rawValue,
                    goal: $0.goalTitle,
                    action: $0.description,
                    actor: $0.actor.rawValue,
                    due: $0.due,
                    status: $0.status.rawValue
                )
            },
            milestones: milestones.map { .init(date: $0.date, kind: $0.event.kind, value: $0.event.value) },
            cirSignedOn: cir?.signedOn,
            cirCivicSessions: cir?.civicSessions ?? [],
            cirLanguageHours: cir?.languageHours,
            languageLevels: assessments.map {
                .init(
                    date: $0.assessment.date,
                    source: $0.assessment.assessor,
                    levels: Self.levels($0.assessment.levels),
                    stopsCountingOn: nil
                )
            }
                + proofs.map {
                    .init(
                        date: $0.proof.proof.date,
                        source: $0.proof.kind.rawValue,
                        levels: Self.levels($0.proof.proof.levels),
                        stopsCountingOn: $0.proof.proof.stopsCountingOn
                    )
                },
            civicExams: exams.map {
                .init(date: $0.exam.result.date, version: $0.exam.result.version.rawValue, score: $0.exam.result.score)
            },
            enrolments: enrolments.map {
                .init(
                    course: $0.courseTitle,
                    provider: $0.providerName,
                    status: $0.status.rawValue,
                    requestedOn: $0.requestedOn,
                    attendedHours: $0.attendedHours
                )
            },
            messages: messages.map { .init(sentAt: $0.sentAt, fromYou: $0.fromPerson, body: $0.body) },
            access: access.map {
                .init(
                    openedAt: $0.openedAt,
                    activatedAt: $0.activatedAt,
                    secretKind: $0.secretKind?.rawValue,
                    language: $0.language.rawValue
                )
            }
        )
    }

    static func levels(_ levels: [LanguageSkill: CEFRLevel]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: levels.map { ($0.key.rawValue, $0.value.rawValue) })
    }
}
