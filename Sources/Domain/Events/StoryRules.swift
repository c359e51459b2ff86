/// How far the person consented: internal use only, or publication on the public gallery.
public enum ConsentScope: String, Sendable, CaseIterable, Codable {
    case internalUse = "interne"
    case publication = "public"

    /// The French label.
    public var label: String {
        self == .internalUse ? "Usage interne (préfecture et partenaires)" : "Publication sur la galerie publique"
    }
}

/// Where a success story stands: drafted, submitted to the prefecture, published, or withdrawn with its consent.
public enum StoryState: String, Sendable, CaseIterable, Codable {
    case draft = "brouillon"
    case submitted = "soumis"
    case published = "publie"
    case withdrawn = "retire"

    /// The French label.
    public var label: String {
        switch self {
        case .draft: "Brouillon"
        case .submitted: "Soumis à la préfecture"
        case .published: "Publié"
        case .withdrawn: "Consentement retiré"
        }
    }
}

/// What someone asks to do with a story.
public enum StoryAction: String, Sendable, CaseIterable {
    case submit = "soumettre"
    case publish = "publier"
    case returnToAuthor = "renvoyer"
    case unpublish = "depublier"
}

/// The rules of success stories: the person's consent first, the prefecture's review, publication only with a
/// public consent, and withdrawal that unpublishes at once.
public enum StoryRules {
    /// The state after `action`, or the French reason it is refused.
    public static func next(
        from state: StoryState,
        _ action: StoryAction,
        byPrefecture: Bool,
        consent: ConsentScope
    ) -> Result<StoryState, TransitionRefusal> {
        switch (action, state) {
        case (.submit, .draft):
            return byPrefecture
                ? .failure(.init("Le récit est soumis par son auteur.")) : .success(.submitted)
        case (.publish, .submitted):
            guard byPrefecture else { return .failure(.init("Seule la préfecture publie un récit.")) }
            guard consent == .publication else {
                return .failure(.init("La personne n'a consenti qu'à un usage interne : le récit ne peut être publié."))
            }
            return .success(.published)
        case (.returnToAuthor, .submitted):
            return byPrefecture ? .success(.draft) : .failure(.init("Seule la préfecture renvoie un récit."))
        case (.unpublish, .published):
            return byPrefecture ? .success(.draft) : .failure(.init("Seule la préfecture dépublie un récit."))
        default:
            return .failure(.init("Cette action n'est pas possible pour un récit « \(state.label) »."))
        }
    }

    /// Whether the author may still change the text.
    public static func canEdit(_ state: StoryState) -> Bool { state == .draft }

    /// The pseudonyms a story is shown under by default (first names common in France among newcomers and not).
    public static let pseudonyms = [
        "Amal", "Bilal", "Chirine", "Dawit", "Elif", "Farid", "Ghazal", "Hamid", "Inès", "Jamal", "Kaveh", "Leyla",
        "Mariam", "Nabil", "Omid", "Parwana", "Rahim", "Sana", "Tarek", "Yasmine",
    ]

    /// The default pseudonym of a story, picked from its identifier so that it never changes.
    public static func pseudonym(for id: String) -> String {
        let sum = id.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return pseudonyms[sum % pseudonyms.count]
    }
}
