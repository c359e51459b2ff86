import Domain
import Persistence
import Services
import TestSupport
import Testing

/// A person's pathway and the training provider's courses, called directly.
@Suite("Parcours et formations")
struct PathwayAndCourseServiceTests {
    @Test func pathwayRecordsAreCheckedOnTheHouseholdsDayAndWithdrawable() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, person) = try await fixture.household()
            let pathways = PathwayService(environment: fixture.environment)
            var exam = CivicExamInput()
            exam.version = ResidenceTitle.csp.rawValue
            exam.date = fixture.today.adding(days: 1).iso
            exam.score = "41"
            exam.centre = ""
            let error = await #expect(throws: DomainError.self) {
                try await pathways.addCivicExam(personID: person, input: exam, actor: fixture.caseworker)
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["examDate"]?.contains("futur") == true)
            #expect(errors["examScore"] == "Saisissez le nombre de bonnes réponses, de 0 à 40.")
            #expect(errors["examCentre"] == "Indiquez le centre d'examen.")
            var assessment = LanguageAssessmentInput()
            assessment.date = fixture.today.iso
            assessment.assessor = "OFII Lyon"
            assessment.levels = [LanguageSkill.oralComprehension.rawValue: CEFRLevel.a1.rawValue]
            try await pathways.addAssessment(personID: person, input: assessment, actor: fixture.caseworker)
            let file = try await pathways.open(personID: person, actor: fixture.caseworker)
            #expect(file.canWrite)
            let entry = try #require(file.assessments.first)
            try await pathways.withdraw(personID: person, entry: "evaluation", id: entry.id, actor: fixture.caseworker)
            #expect(try await pathways.open(personID: person, actor: fixture.caseworker).assessments.isEmpty)
        }
    }

    @Test func aFullCourseWaitlistsAndAFreedSeatGoesToTheFirstWaiting() async throws {
        try await CaseworkFixture.run { fixture in
            let course = try await fixture.course(seats: 1)
            let first = try await fixture.household(names: "PREMIERE Inscrite").personID
            let second = try await fixture.household(names: "SECONDE Attente").personID
            let pathways = PathwayService(environment: fixture.environment)
            #expect(try await pathways.enrol(personID: first, courseID: course, actor: fixture.caseworker) == .enrolled)
            #expect(try await pathways.enrol(personID: second, courseID: course, actor: fixture.caseworker) == .waiting)
            await #expect(throws: DomainError.self) {
                try await pathways.enrol(personID: first, courseID: course, actor: fixture.caseworker)
            }
            let courses = CourseService(environment: fixture.environment)
            let (_, enrolments) = try await courses.open(courseID: course, actor: fixture.provider)
            let seat = try #require(enrolments.first { $0.personID == first })
            let hours = await #expect(throws: DomainError.self) {
                try await courses.recordAttendance(
                    courseID: course,
                    enrolmentID: seat.id,
                    status: EnrolmentStatus.dropped.rawValue,
                    hours: "121",
                    result: "",
                    actor: fixture.provider
                )
            }
            guard case .invalid(let errors) = hours else {
                Issue.record("\(String(describing: hours))")
                return
            }
            #expect(errors["hours-\(seat.id)"] == "Saisissez les heures suivies, de 0 à 120.")
            try await courses.recordAttendance(
                courseID: course,
                enrolmentID: seat.id,
                status: EnrolmentStatus.dropped.rawValue,
                hours: "12",
                result: "",
                actor: fixture.provider
            )
            let after = try await courses.open(courseID: course, actor: fixture.provider).1
            #expect(after.first { $0.personID == second }?.status == .enrolled)
            // The caseworker is no training provider.
            await #expect(throws: DomainError.forbidden) { try await courses.courses(actor: fixture.caseworker) }
        }
    }

    @Test func aCourseIsDeclaredInTheProvidersDepartementsWithSensibleDates() async throws {
        try await CaseworkFixture.run { fixture in
            var input = CourseInput()
            input.title = "Français B1"
            input.targetLevel = CEFRLevel.b1.rawValue
            input.hours = "1001"
            input.slot = CourseSlot.daytime.rawValue
            input.communeCode = "75056"
            input.seats = "12"
            input.startsOn = "2031-01-01"
            input.endsOn = "2030-01-01"
            let error = await #expect(throws: DomainError.self) {
                try await CourseService(environment: fixture.environment).create(input: input, actor: fixture.provider)
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["courseHours"] != nil)
            #expect(errors["courseStart"] == "Une formation se déclare au plus deux ans à l'avance.")
            input.hours = "100"
            input.startsOn = fixture.today.iso
            input.endsOn = fixture.today.adding(months: 2).iso
            let outside = await #expect(throws: DomainError.self) {
                try await CourseService(environment: fixture.environment).create(input: input, actor: fixture.provider)
            }
            guard case .invalid(let place) = outside else {
                Issue.record("\(String(describing: outside))")
                return
            }
            #expect(place["courseCommune"] == "Cette commune est hors des départements de votre organisme.")
        }
    }
}
