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
        let points = errors.integer(
            score,
            field: "examScore",
            in: 0...CivicExamResult.questionCount,
            message: "Saisissez le nombre de bonnes réponses, de 0 à 40."
        )
        let place = errors.text(
            centre,
            field: "examCentre",
            kind: TextKind(maxLength: 120, multiline: false),
            required: "Indiquez le centre d'examen."
        )
        guard errors.messages.count == before, let title, let day, let points, let place else { return nil }
        return Valid(result: CivicExamResult(version: title, date: day, score: points, fraud: fraud), centre: place)
    }
}
