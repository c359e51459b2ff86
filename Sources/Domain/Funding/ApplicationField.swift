/// A field of the subsidy application (the content of cerfa 12156*06): its name in forms, label, fiche and kind.
public struct ApplicationField: Sendable {
    /// What a field holds and how it is checked.
    public enum Kind: Sendable {
        case text(TextKind)
        case siret
        case rna
        case email
        case money
        case count
        case day
        case monthDay
        case communes
        case qpvs
        case tags
        case period
        case checkbox
    }

    /// The fiches of the form, in order.
    public enum Section: String, Sendable, CaseIterable {
        case identification = "identification"
        case administration = "administration"
        case people = "moyens_humains"
        case project = "projet"
        case budget = "budget"
        case attestations = "attestations"

        /// The French title, numbered as the cerfa's fiches.
        public var title: String {
            switch self {
            case .identification: "1. Identification de l'association"
            case .administration: "2. Relations avec l'administration et les autres associations"
            case .people: "3. Moyens humains"
            case .project: "4. Projet"
            case .budget: "5. Budget prévisionnel du projet (première année)"
            case .attestations: "6. Attestations du représentant légal"
            }
        }
    }

    public let name: String
    public let label: String
    public let section: Section
    public let kind: Kind
    /// Whether the field must be filled before submission (a draft may leave it empty).
    public let required: Bool
    public let hint: String?

    init(_ name: String, _ label: String, _ section: Section, _ kind: Kind, required: Bool = true, hint: String? = nil)
    {
        self.name = name
        self.label = label
        self.section = section
        self.kind = kind
        self.required = required
        self.hint = hint
    }

    /// The most indicators a project lists.
    public static let indicatorCount = 3

    /// Every field, in the order of the form.
    public static let all: [ApplicationField] =
        identification + administration + people + project + indicators + yearlyAmounts + budget + attestations

    static let identification: [ApplicationField] = [
        .init("org.name", "Nom de l'association", .identification, .text(.title)),
        .init("org.acronym", "Sigle", .identification, .text(.name), required: false),
        .init(
            "org.siret",
            "Numéro SIRET",
            .identification,
            .siret,
            hint: "14 chiffres, par exemple 732 829 320 00074."
        ),
        .init(
            "org.rna",
            "Numéro RNA",
            .identification,
            .rna,
            required: false,
            hint:
                "W suivi de 9 chiffres. À défaut, indiquez ci-dessous le récépissé de préfecture ou, en Alsace-Moselle, "
                + "le numéro du registre des associations."
        ),
        .init(
            "org.other_registration",
            "Récépissé de préfecture ou registre (à défaut de RNA)",
            .identification,
            .text(.name),
            required: false
        ),
        .init("org.address", "Adresse du siège social", .identification, .text(.line)),
        .init(
            "org.commune",
            "Commune du siège (code officiel INSEE)",
            .identification,
            .communes,
            hint: "Par exemple 69123 pour Lyon."
        ),
        .init("rep.last_name", "Représentant légal : nom", .identification, .text(.name)),
        .init("rep.first_name", "Représentant légal : prénom", .identification, .text(.name)),
        .init("rep.function", "Représentant légal : fonction", .identification, .text(.name)),
        .init("rep.phone", "Représentant légal : téléphone", .identification, .text(.name)),
        .init("rep.email", "Représentant légal : courriel", .identification, .email),
        .init(
            "contact.name",
            "Personne chargée de la demande : nom et prénom",
            .identification,
            .text(.name),
            required: false
        ),
        .init("contact.email", "Personne chargée de la demande : courriel", .identification, .email, required: false),
    ]

    static let administration: [ApplicationField] = [
        .init(
            "admin.approvals",
            "Agréments administratifs (type, autorité, date)",
            .administration,
            .text(.line),
            required: false
        ),
        .init(
            "admin.public_utility",
            "Association reconnue d'utilité publique",
            .administration,
            .checkbox,
            required: false
        ),
        .init(
            "admin.public_aid",
            "Montant cumulé des aides publiques reçues sur les trois derniers exercices",
            .administration,
            .money,
            hint: "Règlement (UE) 2023/2832 : indiquez 0 si aucune."
        ),
        .init(
            "admin.network",
            "Affiliation à un réseau, une union ou une fédération",
            .administration,
            .text(.line),
            required: false
        ),
        .init(
            "org.financial_year_end",
            "Fin de l'exercice comptable (jour/mois)",
            .administration,
            .monthDay,
            hint: "Par exemple 31/12 pour un exercice civil, 31/08 pour un exercice de septembre à août."
        ),
    ]

    static let people: [ApplicationField] = [
        .init("staff.members", "Nombre d'adhérents", .people, .count),
        .init("staff.volunteers", "Nombre de bénévoles réguliers", .people, .count),
        .init("staff.employees", "Nombre de salariés", .people, .count),
        .init("staff.fte", "Salariés en équivalent temps plein travaillé (arrondi)", .people, .count),
    ]

    static let project: [ApplicationField] = [
        .init("project.title", "Intitulé du projet", .project, .text(.title)),
        .init("project.objectives", "Objectifs", .project, .text(.note)),
        .init("project.description", "Description de l'action", .project, .text(.longText)),
        .init(
            "project.public",
            "Public visé",
            .project,
            .text(.note),
            hint:
                "Par exemple : signataires du CIR depuis moins de 5 ans, bénéficiaires de la protection internationale."
        ),
        .init("project.expected_people", "Nombre de personnes attendues", .project, .count),
        .init(
            "project.communes",
            "Communes où se déroule l'action (codes INSEE séparés par des virgules)",
            .project,
            .communes
        ),
        .init(
            "project.qpv",
            "Quartiers prioritaires concernés (codes, séparés par des virgules)",
            .project,
            .qpvs,
            required: false
        ),
        .init("project.start", "Début de l'action", .project, .day),
        .init("project.end", "Fin de l'action", .project, .day),
        .init("project.tags", "Thématiques", .project, .tags),
        .init("project.period", "Durée de la subvention demandée", .project, .period),
    ]

    static let indicators: [ApplicationField] = (1...indicatorCount).flatMap { index in
        [
            ApplicationField(
                "indicator.\(index).label",
                "Indicateur \(index) : intitulé",
                .project,
                .text(.title),
                required: index == 1
            ),
            ApplicationField(
                "indicator.\(index).target",
                "Indicateur \(index) : valeur cible",
                .project,
                .count,
                required: index == 1
            ),
        ]
    }

    static let yearlyAmounts: [ApplicationField] = (2...GrantPlan.maximumYears).map { year in
        ApplicationField(
            "project.amount.\(year)",
            "Montant demandé pour l'année \(year) (convention pluriannuelle)",
            .project,
            .money,
            required: false
        )
    }

    static let budget: [ApplicationField] = BudgetAccount.all.map { account in
        ApplicationField("budget.\(account.code)", account.label, .budget, .money, required: false)
    }

    static let attestations: [ApplicationField] = [
        .init(
            "attest.cer",
            "Le représentant légal atteste que l'association souscrit au contrat d'engagement "
                + "républicain (loi 2000-321, art. 10-1).",
            .attestations,
            .checkbox
        ),
        .init(
            "attest.regularity",
            "Il atteste que l'association est à jour de ses obligations administratives, "
                + "comptables, sociales et fiscales.",
            .attestations,
            .checkbox
        ),
        .init(
            "attest.accuracy",
            "Il certifie exactes les informations de la demande, dont les demandes faites aux "
                + "autres financeurs publics.",
            .attestations,
            .checkbox
        ),
        .init("attest.signatory", "Nom et prénom du signataire", .attestations, .text(.name)),
    ]

    /// The field with this name.
    public static func named(_ name: String) -> ApplicationField? { byName[name] }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
