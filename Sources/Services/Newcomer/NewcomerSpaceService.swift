import Domain
import Foundation
import Persistence
import SQLKit

/// What a person sees in their space: only their own household, never the health section, the caseworker's notes
/// or another member's restricted data. Every page first checks that the person belongs to the household it shows.
public struct NewcomerSpaceService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The home page: next appointments, next steps, unread replies, the caseworker, events near them.
    public func home(_ session: SpaceSession, householdID: String) async throws -> SpaceHome {
        try await environment.database.read { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            let steps = try await steps(subject, in: sql)
            let thread = try await NewcomerMessageRecords.thread(personID: session.personID, in: sql)
            return SpaceHome(
                subject: subject,
                appointments: Array(try await appointments(subject, in: sql).prefix(3)),
                nextSteps: Array(steps.filter { $0.status.isOpen }.prefix(3)),
                unreadReplies: thread.filter { !$0.fromPerson && $0.readAt == nil }.count,
                events: try await EventRecords.upcomingPublished(
                    departement: subject.household.departement,
                    from: subject.today,
                    limit: Self.eventsShown,
                    in: sql
                )
            )
        }
    }

    /// The appointments from today on, with the documents to bring.
    public func appointments(
        _ session: SpaceSession,
        householdID: String
    ) async throws
        -> (SpaceSubject, [SpaceAppointment])
    {
        try await environment.database.read { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            return (subject, try await appointments(subject, in: sql))
        }
    }

    /// One appointment of the person's household as an iCalendar file, with texts in their language (the
    /// description is given the appointment's documents to bring and returns the text to write).
    public func calendarFile(
        _ session: SpaceSession,
        appointmentID: String,
        summary: String,
        description: @Sendable ([DocumentToBring]) -> String
    ) async throws -> String {
        try await environment.database.read { sql in
            guard let household = try await AppointmentDocumentRecords.household(appointmentID: appointmentID, in: sql)
            else { throw DomainError.notFound }
            let subject = try await self.subject(session, householdID: household.id, in: sql)
            guard let appointment = try await appointments(subject, in: sql).first(where: { $0.id == appointmentID })
            else { throw DomainError.notFound }
            return ICalendar.event(
                appointment,
                summary: summary,
                description: description(appointment.documents),
                stamp: environment.time.now()
            )
        }
    }

    /// The plan's steps and the milestones reached.
    public func steps(_ session: SpaceSession, householdID: String) async throws -> SpaceSteps {
        try await environment.database.read { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            let support = try await CaseworkRecords.milestones(householdID: householdID, in: sql)
            let milestones = try await MilestoneRecords.milestones(householdID: householdID, in: sql)
                .filter { $0.personID == nil || $0.personID == session.personID }
                .filter { $0.date <= subject.today }
                .sorted { $0.date < $1.date }
            return SpaceSteps(
                subject: subject,
                steps: try await steps(subject, in: sql),
                support: support,
                supportEnds: support.welcomeInterview.map { SupportDeadlines.supportEnds(entry: $0) },
                milestones: milestones
            )
        }
    }

    /// The person's CIR, assessments, certificates and civic exams.
    public func french(_ session: SpaceSession, householdID: String) async throws -> SpaceFrench {
        try await environment.database.read { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            return SpaceFrench(
                subject: subject,
                cir: try await PathwayRecords.cir(personID: session.personID, in: sql),
                assessments: try await PathwayRecords.assessments(personID: session.personID, in: sql),
                proofs: try await PathwayRecords.proofs(personID: session.personID, in: sql),
                civicExams: try await PathwayRecords.civicExams(personID: session.personID, in: sql)
            )
        }
    }

    /// What a first application for `title` on `date` (today when nil) would need, through the requirement engine.
    public func titleCheck(
        _ session: SpaceSession,
        householdID: String,
        title: ResidenceTitle,
        on date: CalendarDay?
    ) async throws -> SpaceTitleCheck {
        let (subject, proofs, exams, catalogue) = try await environment.database.read { sql in
            let subject = try await self.subject(session, householdID: householdID, in: sql)
            return (
                subject, try await PathwayRecords.proofs(personID: session.personID, in: sql),
                try await PathwayRecords.civicExams(personID: session.personID, in: sql),
                try await RequirementRulesService.catalogue(in: sql)
            )
        }
        let day = date ?? subject.today
        let rule = RequirementCatalogue.ruleSet(at: day, in: catalogue)?.rule(for: title)
        let evaluation = PathwayService.evaluate(
            person: subject.person,
            proofs: proofs,
            exams: exams,
            application: .first,
            on: day,
            catalogue: catalogue
        ).first { $0.title == title }?.evaluation
        return SpaceTitleCheck(subject: subject, title: title, date: day, evaluation: evaluation, rule: rule)
    }

    /// The courses of the département that fit the person best, and their enrolments.
    public func courses(_ session: SpaceSession, householdID: String) async throws -> SpaceCourses {
        let (subject, enrolments, open, commune, cir, assessments, proofs, milestones) =
            try await environment.database.read { sql in
                let subject = try await self.subject(session, householdID: householdID, in: sql)
                return (
                    subject, try await CourseRecords.enrolments(personID: session.personID, in: sql),
                    try await CourseRecords.open(
                        departement: subject.household.departement,
                        today: subject.today,
                        in: sql
                    ),
                    try await PathwayRecords.householdCommune(householdID: householdID, in: sql),
                    try await PathwayRecords.cir(personID: session.personID, in: sql),
                    try await PathwayRecords.assessments(personID: session.personID, in: sql),
                    try await PathwayRecords.proofs(personID: session.personID, in: sql),
                    try await MilestoneRecords.milestones(householdID: householdID, in: sql)
                )
            }
        let activities = milestones.filter {
            guard case .activity = $0.event else { return false }
            return $0.personID == session.personID
        }.sorted { $0.date < $1.date }
        let ranked = PathwayService.suggest(
            courses: open.filter { course in !enrolments.contains { $0.courseID == course.id } },
            level: PathwayService.progress(cir: cir, assessments: assessments, proofs: proofs).currentLevel,
            commune: commune,
            activities: activities,
            today: subject.today
        ).map(\.course)
        let shown = Array(ranked.prefix(Self.coursesShown))
        let names = try await TerritoryQueries(database: environment.database).communes(
            codes: Array(Set(shown.map(\.course.communeCode)))
        )
        return SpaceCourses(
            subject: subject,
            enrolments: enrolments,
            courses: shown,
            communes: Dictionary(names.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        )
    }

    /// Sorts open actions by due day, those without one last ("~" sorts after every date).
    static func dueOrder(_ step: SpaceStep) -> String { step.due?.iso ?? "~" }

    /// The most courses listed to a person.
    static let coursesShown = 6

    /// The most events listed on a person's home page.
    static let eventsShown = 3

    /// The person, their household, caseworker and today; not found unless the person is a current member of the
    /// household and its space is open.
    func subject(_ session: SpaceSession, householdID: String, in sql: any SQLDatabase) async throws -> SpaceSubject {
        guard session.stage == .complete,
            try await NewcomerQueries.isMember(personID: session.personID, householdID: householdID, in: sql),
            let household = try await NewcomerAccessRecords.household(id: householdID, in: sql), household.isOpen,
            let person = try await HouseholdQueries.members(householdID: householdID, in: sql).first(where: {
                $0.id == session.personID
            })
        else { throw DomainError.notFound }
        let caseworker = try await NewcomerQueries.caseworker(householdID: householdID, in: sql)
        return SpaceSubject(
            person: person,
            household: household,
            caseworkerName: caseworker?.name,
            organisationName: caseworker?.organisation ?? "",
            today: environment.time.today(inDepartement: household.departement)
        )
    }

    func appointments(_ subject: SpaceSubject, in sql: any SQLDatabase) async throws -> [SpaceAppointment] {
        // From the start of today in the household's département, like the caseworker's view of the file: planned
        // ones only, at their current time (a cancelled appointment is gone from the person's list and calendar).
        let records = try await AppointmentService.upcoming(
            householdID: subject.household.id,
            departement: subject.household.departement,
            time: environment.time,
            in: sql
        )
        let documents = try await AppointmentDocumentRecords.documents(appointmentIDs: records.map(\.id), in: sql)
        return records.map {
            SpaceAppointment(
                id: $0.id,
                instant: $0.instant,
                startsAt: $0.startsAt,
                minutes: $0.minutes,
                place: $0.place,
                documents: documents[$0.id] ?? [],
                revision: $0.revision
            )
        }
    }

    /// The plan's actions outside the restricted (health) domain: open ones soonest due first, then the others.
    func steps(_ subject: SpaceSubject, in sql: any SQLDatabase) async throws -> [SpaceStep] {
        let goals = try await PlanRecords.goals(householdID: subject.household.id, in: sql)
        let steps = goals.flatMap { goal -> [SpaceStep] in
            guard let domain = DiagnosisDomain(rawValue: goal.domain), !domain.isRestricted else { return [] }
            return goal.actions.map { action in
                SpaceStep(
                    domain: domain,
                    goalTitle: goal.title,
                    memberName: goal.personName,
                    description: action.description,
                    actor: PlanActor(rawValue: action.actor) ?? .caseworker,
                    partnerName: action.partnerName,
                    due: action.due,
                    status: action.status
                )
            }
        }
        // Open actions without a due day come after those with one.
        let open = steps.filter { $0.status.isOpen }.sorted { Self.dueOrder($0) < Self.dueOrder($1) }
        return open + steps.filter { !$0.status.isOpen }
    }
}
