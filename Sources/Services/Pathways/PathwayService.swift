import Domain
import Foundation
import Persistence
import SQLKit

/// A person's pathway: the CIR, language assessments, certificates and diplomas, civic exams and course enrolments,
/// recorded by the household's caseworker (or the operator's managers) and read against the requirement rules.
public struct PathwayService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Opens the pathway of a person the actor may see, with the requirements of a first application today unless
    /// another application or day is asked; the read is audited like the household file.
    public func open(
        personID: String,
        actor: AccountSummary,
        application: ApplicationKind = .first,
        on applicationDate: CalendarDay? = nil
    ) async throws -> PathwayFile {
        let file = try await environment.database.read { sql in
            let (household, person) = try await Self.locate(personID, actor: actor, in: sql)
            let today = environment.time.today(inDepartement: household.departement)
            let cir = try await PathwayRecords.cir(personID: personID, in: sql)
            let assessments = try await PathwayRecords.assessments(personID: personID, in: sql)
            let proofs = try await PathwayRecords.proofs(personID: personID, in: sql)
            let exams = try await PathwayRecords.civicExams(personID: personID, in: sql)
            let enrolments = try await CourseRecords.enrolments(personID: personID, in: sql)
            let milestones = try await MilestoneRecords.milestones(householdID: household.id, in: sql)
            let commune = try await PathwayRecords.householdCommune(householdID: household.id, in: sql)
            let courses = try await CourseRecords.open(departement: household.departement, today: today, in: sql)
            let goals = try await PlanRecords.goals(householdID: household.id, in: sql)
            let catalogue = try await RequirementRulesService.catalogue(in: sql)
            let jobActions = goals.filter {
                $0.domain == DiagnosisDomain.employmentTraining.rawValue
                    && ($0.personName == nil || $0.personName == person.documentNames)
            }.flatMap(\.actions)
            let progress = Self.progress(cir: cir, assessments: assessments, proofs: proofs)
            let activities = milestones.filter {
                guard case .activity = $0.event else { return false }
                return $0.personID == personID
            }.sorted { $0.date < $1.date }
            let suggestions = Self.suggest(
                courses: courses.filter { course in !enrolments.contains { $0.courseID == course.id } },
                level: progress.currentLevel,
                commune: commune,
                activities: activities,
                today: today
            )
            let requirements = Self.evaluate(
                person: person,
                proofs: proofs,
                exams: exams,
                application: application,
                on: applicationDate ?? today,
                catalogue: catalogue
            )
            return PathwayFile(
                household: household,
                person: person,
                cir: cir,
                assessments: assessments,
                proofs: proofs,
                civicExams: exams,
                enrolments: enrolments,
                suggestions: suggestions,
                activities: activities,
                jobActions: jobActions,
                progress: progress,
                requirements: requirements,
                application: application,
                applicationDate: applicationDate ?? today,
                canWrite: HouseholdWriteRule.permits(
                    actor,
                    caseworkerID: household.caseworkerID,
                    stage: household.stage
                ),
                today: today
            )
        }
        try await environment.database.write { sql in
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.personFileRead.rawValue,
                recordType: "parcours",
                recordID: personID,
                personID: personID
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return file
    }

    /// The levels known over time: the CIR positioning and final test, assessments and proofs.
    static func progress(
        cir: CIRRecordInput.Valid?,
        assessments: [AssessmentRecord],
        proofs: [ProofRecord]
    ) -> LanguageProgress {
        var points: [LanguageProgress.Point] = []
        if let cir, let level = cir.positioningLevel {
            points += LanguageSkill.allCases.map {
                .init(date: cir.signedOn, skill: $0, level: level, source: "Positionnement OFII")
            }
        }
        if let cir, let day = cir.trainingFinishedOn, let level = cir.finalLevel {
            points += LanguageSkill.allCases.map {
                .init(date: day, skill: $0, level: level, source: "Test de fin de formation du CIR")
            }
        }
        for record in assessments {
            points += record.assessment.levels.map {
                .init(date: record.assessment.date, skill: $0.key, level: $0.value, source: record.assessment.assessor)
            }
        }
        for record in proofs {
            points += record.proof.proof.levels.map {
                .init(date: record.proof.proof.date, skill: $0.key, level: $0.value, source: record.proof.kind.label)
            }
        }
        return LanguageProgress(points: points)
    }

    static func suggest(
        courses: [CourseRecord],
        level: CEFRLevel?,
        commune: String?,
        activities: [Milestone],
        today: CalendarDay
    ) -> [(course: CourseRecord, reasons: [String])] {
        var working = false
        if case .activity(let situation) = activities.last?.event {
            switch situation {
            case .employed, .selfEmployed: working = true
            default: working = false
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: courses.map { ($0.id, $0) })
        let ranked = CourseSuggestions.rank(
            courses.map {
                .init(
                    id: $0.id,
                    targetLevel: $0.course.targetLevel,
                    communeCode: $0.course.communeCode,
                    slot: $0.course.slot,
                    startsOn: $0.course.startsOn,
                    endsOn: $0.course.endsOn
                )
            },
            currentLevel: level,
            communeCode: commune,
            working: working,
            today: today
        )
        return ranked.compactMap { suggestion in
            byID[suggestion.candidate.id].map { ($0, suggestion.reasons) }
        }
    }

    /// What a first application for each title would need on `day`, with the stored rules.
    static func evaluate(
        person: HouseholdMember,
        proofs: [ProofRecord],
        exams: [CivicExamRecord],
        application: ApplicationKind,
        on day: CalendarDay,
        catalogue: [RequirementRuleSet]
    ) -> [(title: ResidenceTitle, evaluation: RequirementEvaluation?, problem: String?)] {
        let protection = ProtectionStatus(rawValue: person.protection ?? "") ?? .none
        return ResidenceTitle.allCases.map { title in
            do {
                let evaluation = try RequirementEngine.evaluate(
                    date: day,
                    title: title,
                    application: application,
                    protection: protection,
                    proofs: proofs.map(\.proof.proof),
                    civicExams: exams.map(\.exam.result),
                    catalogue: catalogue
                )
                return (title, evaluation, nil)
            } catch {
                return (title, nil, (error as? RequirementEngineError)?.description ?? "règle introuvable")
            }
        }
    }

    /// The household and member of a person the actor may see (not found otherwise), inside the caller's read.
    static func locate(
        _ personID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> (HouseholdSummary, HouseholdMember) {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        guard
            let householdID = try await PathwayRecords.householdID(personID: personID, in: sql),
            let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql),
            let person = try await HouseholdQueries.members(householdID: householdID, in: sql).first(where: {
                $0.id == personID
            })
        else { throw DomainError.notFound }
        return (household, person)
    }

    /// The household (its row locked) and member, if the actor may record on the person's pathway now; inside the
    /// caller's transaction.
    static func writable(
        _ personID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> (HouseholdSummary, HouseholdMember) {
        guard let householdID = try await PathwayRecords.householdID(personID: personID, in: sql) else {
            throw DomainError.notFound
        }
        let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
        guard
            let person = try await HouseholdQueries.members(householdID: householdID, in: sql).first(where: {
                $0.id == personID
            })
        else { throw DomainError.notFound }
        return (household, person)
    }
}
