import Foundation

/// What a DDETS or a DREETS types to create a call for projects, before validation.
public struct CallInput: Sendable, Equatable {
    public var lineID = ""
    public var title = ""
    public var body = ""
    public var audience = ""
    public var tags: [String] = []
    public var opensOn = ""
    public var closesOn = ""
    /// One criterion per line: "Pertinence au regard des priorités ; 3".
    public var criteria = ""
    public var documents: [String] = []

    public init() {}

    /// The typed call once valid (its line is checked by the service).
    public struct Valid: Sendable, Equatable {
        public let title: String
        public let body: String
        public let audience: String
        public let tags: [ThematicTag]
        public let opensOn: CalendarDay
        public let closesOn: CalendarDay
        public let criteria: [ScoringCriterion]
        public let documents: [DocumentKind]
    }

    /// Checks every field; messages keyed by field name.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let title = errors.text(self.title, field: "callTitle", kind: .title, required: "Donnez un titre à l'appel.")
        let body = errors.text(self.body, field: "callBody", kind: .longText, required: "Décrivez l'appel.")
        let audience = errors.text(
            self.audience,
            field: "callAudience",
            kind: .line,
            required: "Indiquez le public visé, par exemple : signataires du CIR depuis moins de 5 ans, BPI."
        )
        let tags = self.tags.compactMap(ThematicTag.init(rawValue:))
        if tags.isEmpty || tags.count != self.tags.count {
            errors.add("callTags", "Cochez au moins une thématique de la liste.")
        }
        let opens = CalendarDay(iso: opensOn)
        if opens == nil { errors.add("callOpens", "Choisissez la date d'ouverture (AAAA-MM-JJ).") }
        let closes = CalendarDay(iso: closesOn)
        if closes == nil { errors.add("callCloses", "Choisissez la date de clôture (AAAA-MM-JJ).") }
        if let opens, let closes, closes < opens {
            errors.add("callCloses", "La clôture précède l'ouverture.")
        }
        let criteria = Self.criteria(self.criteria, &errors)
        let documents = self.documents.compactMap(DocumentKind.init(rawValue:))
        if documents.count != self.documents.count { errors.add("callDocuments", "Pièce inconnue.") }
        guard let title, let body, let audience, let opens, let closes, let criteria, errors.isEmpty else { return nil }
        return Valid(
            title: title,
            body: body,
            audience: audience,
            tags: ThematicTag.allCases.filter(tags.contains),
            opensOn: opens,
            closesOn: closes,
            criteria: criteria,
            documents: documents
        )
    }

    /// Reads one criterion per line, "label ; weight" (weight 1 to 10).
    static func criteria(_ raw: String, _ errors: inout FieldErrors) -> [ScoringCriterion]? {
        guard let text = errors.text(raw, field: "callCriteria", kind: .note) else { return nil }
        var criteria: [ScoringCriterion] = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: ";", maxSplits: 1)
            guard parts.count == 2, let weight = BoundedInteger.parse(parts[1], in: ScoringGrid.weights) else {
                errors.add(
                    "callCriteria",
                    "Une ligne par critère, « intitulé ; poids » avec un poids de 1 à 10, par exemple « Pertinence ; 3 »."
                )
                return nil
            }
            criteria.append(ScoringCriterion(label: parts[0].trimmingCharacters(in: .whitespaces), weight: weight))
        }
        guard (1...12).contains(criteria.count) else {
            errors.add("callCriteria", "Donnez de 1 à 12 critères de notation.")
            return nil
        }
        return criteria
    }
}
