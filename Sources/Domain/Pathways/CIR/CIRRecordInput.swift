import Foundation

/// The republican integration contract (CIR) of a person as typed in the pathway page: signature, the four civic
/// training sessions, the prescribed language path and its result, the end-of-contract interview and the orientation
/// to the public employment service.
public struct CIRRecordInput: Sendable, Equatable {
    public var signedOn = ""
    public var ofiiDirection = ""
    public var civicSessions = ["", "", "", ""]
    public var positioningLevel = ""
    public var languageHours = ""
    public var trainingFinishedOn = ""
    public var finalLevel = ""
    public var endInterviewOn = ""
    public var employmentOrientationOn = ""

    public init() {}

    /// The CIR once checked.
    public struct Valid: Sendable, Equatable {
        public let signedOn: CalendarDay
        public let ofiiDirection: String?
        /// Days of the civic training sessions attended, in session order (nil: not yet attended).
        public let civicSessions: [CalendarDay?]
        public let positioningLevel: CEFRLevel?
        /// Hours of the prescribed language path; nil when none was prescribed (level already sufficient).
        public let languageHours: Int?
        public let trainingFinishedOn: CalendarDay?
        /// Level reached at the end of the prescribed training (OFII's final test).
        public let finalLevel: CEFRLevel?
        public let endInterviewOn: CalendarDay?
        public let employmentOrientationOn: CalendarDay?

        /// Whether the four civic sessions (24 h) are attended.
        public var civicTrainingComplete: Bool { civicSessions.allSatisfy { $0 != nil } }

        /// Creates a checked CIR (used by the store when reading back).
        public init(
            signedOn: CalendarDay,
            ofiiDirection: String?,
            civicSessions: [CalendarDay?],
            positioningLevel: CEFRLevel?,
            languageHours: Int?,
            trainingFinishedOn: CalendarDay?,
            finalLevel: CEFRLevel?,
            endInterviewOn: CalendarDay?,
            employmentOrientationOn: CalendarDay?
        ) {
            self.signedOn = signedOn
            self.ofiiDirection = ofiiDirection
            self.civicSessions = civicSessions
            self.positioningLevel = positioningLevel
            self.languageHours = languageHours
            self.trainingFinishedOn = trainingFinishedOn
            self.finalLevel = finalLevel
            self.endInterviewOn = endInterviewOn
            self.employmentOrientationOn = employmentOrientationOn
        }
    }

    /// The number of civic training sessions of a CIR (4 × 6 h).
    public static let civicSessionCount = 4

    /// Checks every field against the signature date and today; a message per field, nil when any is wrong.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let signed = PathwayField.read(
            signedOn,
            field: "cirSignedOn",
            label: "la date de signature du CIR",
            required: true,
            today: today,
            &errors
        )
        let direction = errors.text(
            ofiiDirection,
            field: "cirDirection",
            kind: TextKind(maxLength: 120, multiline: false)
        )
        var sessions: [CalendarDay?] = []
        for index in 0..<Self.civicSessionCount {
            let text = index < civicSessions.count ? civicSessions[index] : ""
            let field = "civicSession\(index + 1)"
            let day = PathwayField.read(
                text,
                field: field,
                label: "la date de la séance \(index + 1)",
                required: false,
                today: today,
                &errors
            )
            if let day, let signed, day < signed {
                errors.add(field, "La séance \(index + 1) ne peut pas précéder la signature du CIR.")
            }
            sessions.append(day)
        }
        let positioning = PathwayField.level(
            positioningLevel,
            field: "positioningLevel",
            label: "le niveau du positionnement",
            required: false,
            &errors
        )
        let hours = errors.integer(
            languageHours,
            field: "languageHours",
            in: 1...10_000,
            required: false,
            message: "Saisissez un nombre d'heures, par exemple 200, ou laissez vide."
        )
        if let hours, let signed, let problem = LanguagePathRule.problem(hours: hours, signedOn: signed) {
            errors.add("languageHours", problem)
        }
        let finished = laterDay(
            trainingFinishedOn,
            field: "trainingFinishedOn",
            label: "la date de fin de formation",
            signed: signed,
            today: today,
            &errors
        )
        if finished != nil, hours == nil {
            errors.add(
                "trainingFinishedOn",
                "Une formation terminée suppose un parcours prescrit : indiquez ses heures."
            )
        }
        let final = PathwayField.level(
            finalLevel,
            field: "finalLevel",
            label: "le niveau atteint en fin de formation",
            required: false,
            &errors
        )
        if final != nil, finished == nil {
            errors.add("finalLevel", "Indiquez d'abord la date de fin de formation.")
        }
        let interview = laterDay(
            endInterviewOn,
            field: "endInterviewOn",
            label: "la date de l'entretien de fin de CIR",
            signed: signed,
            today: today,
            &errors
        )
        let orientation = laterDay(
            employmentOrientationOn,
            field: "employmentOrientationOn",
            label: "la date d'orientation vers le service public de l'emploi",
            signed: signed,
            today: today,
            &errors
        )
        guard errors.messages.count == before, let signed, let direction else { return nil }
        return Valid(
            signedOn: signed,
            ofiiDirection: direction.isEmpty ? nil : direction,
            civicSessions: sessions,
            positioningLevel: positioning,
            languageHours: hours,
            trainingFinishedOn: finished,
            finalLevel: final,
            endInterviewOn: interview,
            employmentOrientationOn: orientation
        )
    }

    private func laterDay(
        _ text: String,
        field: String,
        label: String,
        signed: CalendarDay?,
        today: CalendarDay,
        _ errors: inout FieldErrors
    ) -> CalendarDay? {
        let day = PathwayField.read(text, field: field, label: label, required: false, today: today, &errors)
        if let day, let signed, day < signed {
            errors.add(field, "Cette date ne peut pas précéder la signature du CIR.")
            return nil
        }
        return day
    }
}
