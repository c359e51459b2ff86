/// A success story as typed, with the consent that must come first: the day the person signed, its scope, whether a
/// photo may be used, and the author's confirmation that the signed form is kept.
public struct StoryInput: Sendable, Equatable {
    public var consentOn = ""
    public var consentScope = ""
    public var consentPhoto = false
    public var consentConfirmed = false
    public var personName = ""
    public var shownName = ""
    public var realFirstName = false
    public var title = ""
    public var body = ""
    public var theme = ""

    public init() {}

    /// The checked values.
    public struct Valid: Sendable, Equatable {
        public let consentOn: CalendarDay
        public let consentScope: ConsentScope
        public let consentPhoto: Bool
        public let personName: String
        /// The name shown, or nil for the default pseudonym.
        public let shownName: String?
        /// Whether the shown name is a pseudonym (it is unless the person chose their real first name).
        public let shownNameIsPseudonym: Bool
        public let title: String
        public let body: String
        public let theme: EventTheme
    }

    /// The valid story, or nil with a French message per field; without a recorded consent nothing is valid.
    /// `today` is the author's local day.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let consentDay = CalendarDay(iso: consentOn.trimmingCharacters(in: .whitespaces))
        if consentDay == nil {
            errors.add("consentOn", "Saisissez la date à laquelle la personne a signé son consentement.")
        } else if let consentDay, consentDay > today {
            errors.add("consentOn", "Le consentement ne peut pas être daté d'un jour à venir.")
        }
        let scope = ConsentScope(rawValue: consentScope)
        if scope == nil { errors.add("consentScope", "Choisissez la portée du consentement.") }
        if !consentConfirmed {
            errors.add(
                "consentConfirmed",
                "Sans consentement signé de la personne, le récit ne peut pas être enregistré."
            )
        }
        let person = errors.text(
            personName,
            field: "personName",
            kind: .name,
            required: "Indiquez le nom de la personne (il reste interne et n'est jamais publié)."
        )
        let shown = errors.text(shownName, field: "shownName", kind: .name)
        if realFirstName && (shown ?? "").isEmpty {
            errors.add("shownName", "Saisissez le prénom que la personne a choisi de montrer.")
        }
        let title = errors.text(self.title, field: "storyTitle", kind: .title, required: "Donnez un titre.")
        let body = errors.text(self.body, field: "storyBody", kind: .note, required: "Racontez le parcours.")
        let theme = EventTheme(rawValue: self.theme)
        if theme == nil { errors.add("storyTheme", "Choisissez l'étape du parcours dont parle le récit.") }
        guard errors.isEmpty, let consentDay, let scope, let person, let title, let body, let theme else { return nil }
        let shownName = (shown ?? "").isEmpty ? nil : shown
        return Valid(
            consentOn: consentDay,
            consentScope: scope,
            consentPhoto: consentPhoto,
            personName: person,
            shownName: shownName,
            shownNameIsPseudonym: !realFirstName,
            title: title,
            body: body,
            theme: theme
        )
    }
}
