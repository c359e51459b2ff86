import Domain
import Testing

@testable import SampleData
@testable import Services

@Suite("Pathway distributions")
struct PathwayDistributionTests {
    private let cirs = PathwayFixtures.pathways.compactMap(\.cir)

    @Test("about half the prescriptions are 400–600 h paths; 68 % reach A1 after the training, 47 % at 600 h")
    func papIndicator() {
        // The 50.8 % of the PAP is a share of the earlier offer's four lengths.
        let prescribed = cirs.filter { $0.hours != nil && $0.signedOn < LanguagePathRule.newOfferFrom }
        let long = Fixtures.share(prescribed) { $0.hours! >= 400 }
        #expect((0.45...0.57).contains(long), "\(long)")
        let finished = cirs.filter { $0.trainingFinishedOn != nil }
        let reached = Fixtures.share(finished) { $0.finalLevel! >= .a1 }
        #expect((0.60...0.75).contains(reached), "\(reached)")
        let longest = finished.filter { $0.hours == 600 }
        let reachedLongest = Fixtures.share(longest) { $0.finalLevel! >= .a1 }
        #expect((0.38...0.56).contains(reachedLongest), "\(reachedLongest)")
        let low = Fixtures.share(cirs) { $0.positioning <= .a1_1 }
        #expect(low > 0.8, "\(low)")
    }

    @Test("most adults followed have assessments, a minority a certificate, a few a diploma")
    func languageRecords() {
        let followed = PathwayFixtures.pathways.filter { $0.courseWindow != nil }
        let assessed = Fixtures.share(followed) { !$0.assessments.isEmpty }
        #expect(assessed > 0.95, "\(assessed)")
        let certified = Fixtures.share(followed) { $0.proofs.contains { $0.kind.proofKind == .certification } }
        #expect((0.05...0.2).contains(certified), "\(certified)")
        let diplomas = Fixtures.share(followed) { $0.proofs.contains { $0.kind.proofKind == .diploma } }
        #expect((0.003...0.04).contains(diplomas), "\(diplomas)")
    }

    @Test("civic exams: most sessions pass at 32, fraud is rare")
    func civicExams() {
        let exams = PathwayFixtures.pathways.flatMap(\.exams)
        #expect(exams.count > 200, "\(exams.count)")
        let passed = Fixtures.share(exams) {
            CivicExamResult(version: $0.version, date: $0.date, score: $0.score, fraud: $0.fraud).isPassing
        }
        #expect((0.45...0.75).contains(passed), "\(passed)")
        let fraud = Fixtures.share(exams) { $0.fraud }
        #expect(fraud < 0.02, "\(fraud)")
    }

    @Test("several enrolments per adult followed, every status, most finished courses completed")
    func enrolments() {
        let enrolments = PathwayFixtures.sample.enrolments.flatMap { $0.map(\.enrolment) }
        let followed = PathwayFixtures.pathways.filter { $0.courseWindow != nil }.count
        let perAdult = Double(enrolments.count) / Double(followed)
        #expect((4.2...5.8).contains(perAdult), "\(perAdult)")
        for status in EnrolmentStatus.allCases {
            let share = Fixtures.share(enrolments) { $0.status == status }
            #expect(share > 0.01, "\(status): \(share)")
        }
        let over = enrolments.filter { $0.status == .completed || $0.status == .dropped }
        let completed = Fixtures.share(over) { $0.status == .completed }
        #expect((0.7...0.9).contains(completed), "\(completed)")
        let courses = PathwayFixtures.sample.catalogues.values.flatMap(\.courses)
        for slot in CourseSlot.allCases { #expect(courses.contains { $0.slot == slot }) }
        #expect(courses.contains { $0.qpv != nil })
        #expect(Set(courses.map(\.provider)) == [0, 1])
    }
}
