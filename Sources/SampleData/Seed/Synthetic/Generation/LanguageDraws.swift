import Domain
import Services

/// Draws an adult's assessments, certificates and civic exams inside the days they are followed.
struct LanguageDraws {
    /// The member's private generator.
    var rng: SplitMix64
    /// The last simulated day.
    let today: CalendarDay
    /// The département code, for the exam centre.
    let departement: String

    /// The first day of the civic exam (law 2024-42, decree 2025-647).
    static let civicExamFrom = CalendarDay(year: 2026, month: 1, day: 1)!

    /// One to three assessments, the first soon after the welcome, each skill rising step by step.
    mutating func assessments(base: CEFRLevel, window: ClosedRange<Int>) -> [SyntheticAssessment] {
        let wanted = rng.int(in: 1...3)
        var levels = LanguageSkill.allCases.map { skill -> CEFRLevel in
            // Oral skills run ahead of written ones for most learners.
            switch skill {
            case .oralComprehension: PathwayTables.shifted(base, by: rng.chance(0.5) ? 1 : 0)
            case .writtenExpression: PathwayTables.shifted(base, by: rng.chance(0.4) ? -1 : 0)
            default: base
            }
        }
        var day = window.lowerBound + rng.int(in: 0...30)
        var assessments: [SyntheticAssessment] = []
        while assessments.count < wanted, day <= window.upperBound {
            assessments.append(
                SyntheticAssessment(
                    date: CalendarDay(daysSinceEpoch: day),
                    assessor: PathwayTables.assessors.draw(&rng),
                    levels: levels
                )
            )
            levels = levels.map { rng.chance(0.45) ? min(PathwayTables.shifted($0, by: 1), .c1) : $0 }
            day += rng.int(in: 90...240)
        }
        return assessments
    }

    /// A certificate for about one adult in nine, a diploma for a few, some months into support.
    mutating func proofs(window: ClosedRange<Int>, household: Int, member: Int) -> [SyntheticProof] {
        let first = window.lowerBound + 90
        guard first <= window.upperBound, rng.chance(0.14) else { return [] }
        let kind = PathwayTables.proofKinds.draw(&rng)
        let day = CalendarDay(daysSinceEpoch: rng.int(in: first...window.upperBound))
        let levels: [CEFRLevel]
        if kind.proofKind == .diploma {
            levels = Array(repeating: PathwayTables.diplomaLevel.draw(&rng), count: LanguageSkill.allCases.count)
        } else {
            levels = LanguageSkill.allCases.map { _ in PathwayTables.certificateLevel.draw(&rng) }
        }
        let reference = "\(kind.rawValue.uppercased())-\(day.year)-\(household)\(member)"
        return [SyntheticProof(kind: kind, date: day, reference: reference, levels: levels)]
    }

    /// For about one adult in four followed in 2026, a civic exam session, and a second one after most failures.
    mutating func exams(window: ClosedRange<Int>) -> [SyntheticCivicExam] {
        let first = max(window.lowerBound + 30, Self.civicExamFrom.daysSinceEpoch)
        guard first <= window.upperBound, rng.chance(0.25) else { return [] }
        let version = PathwayTables.examVersions.draw(&rng)
        let centre = "\(rng.element(of: PathwayTables.centres)) (\(departement))"
        // Each person answers each question right with their own chance; about 60 % pass at 32.
        var ability = 0.68 + 0.3 * rng.unit()
        var day = rng.int(in: first...window.upperBound)
        var exams: [SyntheticCivicExam] = []
        while day <= window.upperBound, exams.count < 3 {
            let score = (0..<CivicExamResult.questionCount).filter { _ in rng.chance(ability) }.count
            let fraud = rng.chance(0.005)
            exams.append(
                SyntheticCivicExam(
                    version: version,
                    date: CalendarDay(daysSinceEpoch: day),
                    score: score,
                    centre: centre,
                    fraud: fraud
                )
            )
            // Fraud bans the person for two years; a pass ends the attempts.
            guard !fraud, score < CivicExamResult.passMark, rng.chance(0.6) else { break }
            ability = min(0.98, ability + 0.05)
            day += rng.int(in: 30...90)
        }
        return exams
    }
}
