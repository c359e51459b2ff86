import Domain
import Foundation
import Persistence
import Services

/// Loads demo pathways through the same use cases as the screens: the training provider's courses in the Rhône, and
/// the CIR, assessments, a certificate and enrolments of a few households the demo caseworker follows.
public struct DemoPathways: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Loads once: does nothing when a course exists. Returns the number of courses written.
    @discardableResult
    public func load() async throws -> Int {
        let accounts = try await environment.database.read { sql in
            (
                try await sql.raw("SELECT COUNT(*) AS n FROM courses").first()?.decode(column: "n", as: Int.self) ?? 0,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .partenaire), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .referent), in: sql)?.account
            )
        }
        guard accounts.0 == 0, let provider = accounts.1, let caseworker = accounts.2 else { return 0 }
        let today = environment.time.today(inDepartement: "69")
        let qpv = try await TerritoryQueries(database: environment.database).qpv(inCommune: "69266").first?.code
        let courses = CourseService(environment: environment)
        var ids: [String] = []
        for (title, level, slot, commune, inQPV, seats, startIn) in Self.courses {
            var input = CourseInput()
            input.title = title
            input.targetLevel = level.rawValue
            input.hours = "100"
            input.slot = slot.rawValue
            input.schedule = slot == .daytime ? "lundi, mardi et jeudi, 9 h – 12 h" : "mardi et jeudi, 18 h – 21 h"
            input.communeCode = commune
            input.qpvCode = inQPV ? qpv ?? "" : ""
            input.seats = String(seats)
            input.startsOn = today.adding(days: startIn).iso
            input.endsOn = today.adding(days: startIn + 90).iso
            input.jobOriented = title.contains("emploi")
            ids.append(try await courses.create(input: input, actor: provider))
        }
        var criteria = HouseholdCriteria()
        criteria.mine = true
        criteria.stage = HouseholdStage.inSupport.rawValue
        let households = try await HouseholdService(environment: environment).page(
            actor: caseworker,
            criteria: criteria,
            limit: 3,
            offset: 0
        ).households
        let pathways = PathwayService(environment: environment)
        for (index, household) in households.enumerated() {
            let members = try await environment.database.read {
                try await HouseholdQueries.members(householdID: household.id, in: $0)
            }
            guard let person = members.first(where: \.isReference), let welcome = household.welcomeInterview else {
                continue
            }
            let signed = person.cirSignatureDate ?? welcome.adding(days: -20)
            var cir = CIRRecordInput()
            cir.signedOn = signed.iso
            cir.ofiiDirection = "Direction territoriale de Lyon"
            cir.civicSessions = (0..<4).map { signed.adding(days: 7 * ($0 + 1)) }.map { $0 < today ? $0.iso : "" }
            cir.positioningLevel = CEFRLevel.a1_1.rawValue
            cir.languageHours = signed < LanguagePathRule.newOfferFrom ? "400" : "300"
            try await pathways.saveCIR(personID: person.id, input: cir, actor: caseworker)
            var assessment = LanguageAssessmentInput()
            assessment.date = min(today, signed.adding(days: 60)).iso
            assessment.assessor = "Langues et Avenir Formation"
            for skill in LanguageSkill.allCases {
                assessment.levels[skill.rawValue] = (skill == .writtenExpression ? CEFRLevel.a1_1 : .a1).rawValue
            }
            try await pathways.addAssessment(personID: person.id, input: assessment, actor: caseworker)
            if index == 0 {
                var proof = LanguageProofInput()
                proof.kind = CertificationKind.tcfIRN.rawValue
                proof.date = today.adding(days: -30).iso
                proof.reference = "TCF-IRN-DEMO-0001"
                for skill in LanguageSkill.allCases {
                    proof.levels[skill.rawValue] = (skill == .writtenExpression ? CEFRLevel.a1 : .a2).rawValue
                }
                try await pathways.addProof(personID: person.id, input: proof, actor: caseworker)
            } else if let course = ids.first {
                try await pathways.enrol(personID: person.id, courseID: course, actor: caseworker)
            }
        }
        return ids.count
    }

    static let courses: [(String, CEFRLevel, CourseSlot, String, Bool, Int, Int)] = [
        ("Français du quotidien vers l'A2", .a2, .daytime, "69266", true, 12, -20),
        ("Français à visée emploi, cours du soir", .a2, .evening, "69123", false, 15, 10),
        ("Premiers pas en français (A1)", .a1, .daytime, "69259", false, 10, 5),
    ]
}
