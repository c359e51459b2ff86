import Domain
import Testing

@testable import SampleData
@testable import Services

@Suite("Pathway invariants")
struct PathwayInvariantTests {
    private let today = PathwayFixtures.today
    private let sample = PathwayFixtures.sample

    @Test("the same seed gives the same pathways, courses and enrolments; another seed differs")
    func determinism() {
        let again = PathwayFixtures.generate(count: 800)
        let prefix = PathwayFixtures.generate(count: 800)
        #expect(again == prefix)
        #expect(Array(again.pathways) == Array(sample.pathways.prefix(800)))
        let other = PathwayFixtures.generate(count: 800, seed: 2_025)
        #expect(other.pathways != again.pathways)
    }

    @Test("a CIR for each adult with a CIR date; sessions after the signature; hours valid under LanguagePathRule")
    func cir() {
        for (household, pathways) in zip(sample.households, sample.pathways) {
            for pathway in pathways {
                let member = household.members[pathway.memberIndex]
                #expect(member.protection != nil)
                guard let signed = member.cirSignedOn else {
                    #expect(pathway.cir == nil)
                    continue
                }
                #expect((pathway.cir != nil) == (member.birthYear <= signed.year - 18))
                guard let cir = pathway.cir else { continue }
                #expect(cir.signedOn == signed)
                let sessions = cir.civicSessions.compactMap { $0 }
                #expect(cir.civicSessions.count == 4)
                #expect(sessions == sessions.sorted() && sessions.allSatisfy { $0 > signed && $0 <= today })
                #expect(cir.civicSessions.prefix(sessions.count).allSatisfy { $0 != nil })
                if let hours = cir.hours {
                    #expect(LanguagePathRule.problem(hours: hours, signedOn: signed) == nil, "\(hours) h on \(signed)")
                } else {
                    #expect(cir.positioning >= .a1 && cir.trainingFinishedOn == nil)
                }
                #expect((cir.finalLevel != nil) == (cir.trainingFinishedOn != nil))
                for day in [cir.trainingFinishedOn, cir.endInterviewOn, cir.employmentOrientationOn].compactMap({ $0 })
                {
                    #expect(day > signed && day <= today)
                }
                if let final = cir.finalLevel { #expect(final >= cir.positioning) }
            }
        }
    }

    @Test("assessments rise, proofs and exams are dated within support, exams from 1 January 2026")
    func languageRecords() {
        let examStart = Fixtures.day(2026, 1, 1)
        for pathway in PathwayFixtures.pathways {
            guard let window = pathway.courseWindow else {
                #expect(pathway.assessments.isEmpty && pathway.proofs.isEmpty && pathway.exams.isEmpty)
                continue
            }
            #expect(pathway.assessments.count <= 3)
            for (earlier, later) in zip(pathway.assessments, pathway.assessments.dropFirst()) {
                #expect(earlier.date < later.date)
                #expect(zip(earlier.levels, later.levels).allSatisfy { $0 <= $1 })
            }
            let days = pathway.assessments.map(\.date) + pathway.proofs.map(\.date) + pathway.exams.map(\.date)
            #expect(days.allSatisfy { window.contains($0.daysSinceEpoch) && $0 <= today })
            for proof in pathway.proofs {
                #expect(proof.levels.count == 4)
                if proof.kind.proofKind == .diploma { #expect(Set(proof.levels).count == 1) }
            }
            for exam in pathway.exams {
                #expect(exam.date >= examStart)
                #expect((0...CivicExamResult.questionCount).contains(exam.score))
            }
            #expect(pathway.exams.dropLast().allSatisfy { !$0.fraud && $0.score < CivicExamResult.passMark })
        }
    }

    @Test("courses keep their seats, hours and département; one enrolment per person and course")
    func enrolments() {
        var seatTaking: [String: [Int: Int]] = [:]
        var waiting: [String: Set<Int>] = [:]
        for (household, enrolments) in zip(sample.households, sample.enrolments) {
            let catalogue = sample.catalogues[household.departement]!
            for member in Set(enrolments.map(\.member)) {
                let courses = enrolments.filter { $0.member == member }.map(\.enrolment.course)
                #expect(Set(courses).count == courses.count)
            }
            for (_, enrolment) in enrolments {
                let course = catalogue.courses[enrolment.course]
                #expect(course.departement == household.departement)
                #expect((0...course.hours).contains(enrolment.attendedHours))
                #expect(enrolment.requestedOn <= today && enrolment.updatedOn <= today)
                #expect(enrolment.requestedOn >= household.welcome!)
                #expect((enrolment.resultLevel != nil) == (enrolment.status == .completed))
                if enrolment.status == .completed { #expect(course.endsOn < today) }
                if enrolment.status.takesSeat {
                    seatTaking[course.departement, default: [:]][enrolment.course, default: 0] += 1
                }
                if enrolment.status == .waiting { waiting[course.departement, default: []].insert(enrolment.course) }
            }
        }
        for (code, catalogue) in sample.catalogues {
            for (index, course) in catalogue.courses.enumerated() {
                let taken = seatTaking[code]?[index] ?? 0
                #expect(taken <= course.seats)
                #expect(taken == catalogue.taken[index])
                // Nobody waits for a course that still has a free seat.
                if waiting[code]?.contains(index) == true { #expect(taken == course.seats) }
                #expect((8...20).contains(course.seats) && course.startsOn <= course.endsOn)
                #expect(course.declaredOn <= today && course.declaredOn <= course.startsOn)
                if !catalogue.communes.isEmpty { #expect(catalogue.communes.contains(course.commune)) }
            }
        }
    }
}
