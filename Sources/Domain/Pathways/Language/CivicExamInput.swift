import Foundation

/// A civic exam session as typed: version, day, score out of 40, centre, and whether it was cancelled for fraud.
public struct CivicExamInput: Sendable, Equatable {
    public var version = ""
    public var date = ""
    public var score = ""
    public var centre = ""
    public var fraud = false

    public init() {}

    /// The session once checked, with its centre.
    public struct Valid: Sendable, Equatable {
        public let result: CivicExamResult
        public let centre: String

        /// Creates a checked session (used by the store when reading back).
        public init(result: CivicExamResult, centre: String) {
            self.result = result
            self.centre = centre
        }
    }

    /// Checks every field; the score is a whole number from 0 to 40.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let title = ResidenceTitle(rawValue: version)
        if title == nil { errors.add("examVersion", "Choisissez la version de l'examen.") }
        let day = PathwayField.read(
            date,
            field: "examDate",
            label: "la date de l'examen",
            required: true,
            today: today,
            &errors
        )
        let points = Int(score.trimmingCharacters(in: .whitespaces))
        if points == nil || !(0...CivicExamResult.questionCount).contains(points ?? -1) {
            errors.add("examScore", "Saisissez le nombre de bonnes réponses, de 0 à 40.")
        }
        let place = centre.trimmingCharacters(in: .whitespacesAndNewlines)
        if place.isEmpty {
            errors.add("examCentre", "Indiquez le centre d'examen.")
        } else if place.count > 120 {
            errors.add("examCentre", "Limitez le centre à 120 caractères.")
        }
        guard errors.messages.count == before, let title, let day, let points else { return nil }
        return Valid(result: CivicExamResult(version: title, date: day, score: points, fraud: fraud), centre: place)
    }
}
