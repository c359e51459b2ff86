import Domain

/// The events of the demo: title, day within the edition, state, and what makes each one realistic.
enum DemoEventPlans {
    struct Plan: Sendable {
        let title: String
        let kind: EventKind
        let themes: [EventTheme]
        /// Days after today for the current edition; the day of last year's edition (1 is its first day).
        let day: Int
        let start: String
        let end: String
        let commune: String
        let address: String
        let capacity: Int?
        let state: EventState
        let byPartner: Bool
        let registrations: Int
        let attendance: [String: String]
        let partnerName: String
        let description: String

        init(
            _ title: String,
            _ kind: EventKind,
            _ themes: [EventTheme],
            day: Int,
            _ start: String,
            _ end: String,
            commune: String,
            address: String,
            capacity: Int? = nil,
            state: EventState,
            byPartner: Bool = false,
            registrations: Int = 0,
            attendance: [AttendanceKind: Int] = [:],
            partner: String = "Entreprises du Rhône pour l'inclusion (démo)"
        ) {
            self.title = title
            self.kind = kind
            self.themes = themes
            self.day = day
            self.start = start
            self.end = end
            self.commune = commune
            self.address = address
            self.capacity = capacity
            self.state = state
            self.byPartner = byPartner
            self.registrations = registrations
            self.attendance = Dictionary(uniqueKeysWithValues: attendance.map { ($0.key.rawValue, String($0.value)) })
            self.partnerName = partner
            self.description =
                "\(title) : un temps d'échange ouvert dans le cadre de la Semaine de l'intégration.\n"
                + "Présentation des dispositifs, témoignages et rencontres avec les acteurs du territoire."
        }
    }

    static let current: [Plan] = [
        Plan(
            "Cérémonie d'accueil dans la citoyenneté",
            .naturalisationCeremony,
            [.citizenship],
            day: -2,
            "10:00",
            "12:00",
            commune: "69123",
            address: "Préfecture du Rhône, 106 rue Pierre Corneille",
            state: .held,
            attendance: [.newcomers: 85, .officials: 12, .generalPublic: 40]
        ),
        Plan(
            "Forum de l'emploi des nouveaux arrivants",
            .jobDating,
            [.employment],
            day: -1,
            "09:30",
            "16:00",
            commune: "69266",
            address: "Centre culturel, 234 cours Émile Zola",
            capacity: 120,
            state: .held,
            byPartner: true,
            registrations: 96,
            attendance: [.newcomers: 88, .employers: 31, .professionals: 14]
        ),
        Plan(
            "Atelier CV et lettre de motivation",
            .cvWorkshop,
            [.employment, .french],
            day: -1,
            "14:00",
            "17:00",
            commune: "69259",
            address: "Maison de l'emploi, 5 rue Jules Ferry",
            capacity: 20,
            state: .held,
            byPartner: true,
            registrations: 18,
            attendance: [.newcomers: 17, .professionals: 3]
        ),
        Plan(
            "Rencontre avec le préfet et des personnes réfugiées",
            .prefectMeeting,
            [.agir, .citizenship],
            day: 1,
            "18:00",
            "20:00",
            commune: "69123",
            address: "Hôtel de préfecture, salle des fêtes",
            capacity: 60,
            state: .published,
            registrations: 60 + 3
        ),
        Plan(
            "Job dating hôtellerie et restauration",
            .jobDating,
            [.employment],
            day: 1,
            "09:00",
            "13:00",
            commune: "69123",
            address: "Lycée hôtelier, 3 rue de l'Ordre",
            capacity: 80,
            state: .published,
            byPartner: true,
            registrations: 34
        ),
        Plan(
            "Conférence : l'insertion par l'activité économique",
            .conference,
            [.employment],
            day: 1,
            "14:00",
            "16:30",
            commune: "69266",
            address: "Hôtel de ville, place Lazare Goujon",
            capacity: 150,
            state: .published,
            registrations: 41
        ),
        Plan(
            "Témoignages : « Mon parcours en France »",
            .testimonies,
            [.agir, .housing],
            day: 2,
            "18:30",
            "20:30",
            commune: "69123",
            address: "Bibliothèque municipale de la Part-Dieu",
            state: .published,
            byPartner: true
        ),
        Plan(
            "Tournoi de football interculturel",
            .sportCulture,
            [.cultureSport],
            day: 3,
            "14:00",
            "18:00",
            commune: "69259",
            address: "Stade Laurent Gérin",
            state: .published,
            byPartner: true
        ),
        Plan(
            "Portes ouvertes de l'école de français",
            .openDay,
            [.french],
            day: 3,
            "10:00",
            "17:00",
            commune: "69290",
            address: "12 rue Henri Maréchal",
            state: .published,
            byPartner: true
        ),
        Plan(
            "Visite d'un chantier d'insertion",
            .other,
            [.employment, .mobility],
            day: 4,
            "09:30",
            "12:00",
            commune: "69029",
            address: "Zone industrielle Mi-Plaine",
            capacity: 25,
            state: .published,
            byPartner: true,
            registrations: 7
        ),
        Plan(
            "Atelier logement : comprendre son bail",
            .cvWorkshop,
            [.housing],
            day: 2,
            "10:00",
            "12:00",
            commune: "69266",
            address: "Maison des associations",
            capacity: 30,
            state: .cancelled,
            byPartner: true,
            registrations: 4
        ),
        Plan(
            "Concert des chorales du monde",
            .sportCulture,
            [.cultureSport],
            day: 4,
            "20:00",
            "22:00",
            commune: "69123",
            address: "Auditorium, 149 rue Garibaldi",
            state: .cancelled
        ),
        Plan(
            "Café-rencontre santé et accès aux droits",
            .other,
            [.health],
            day: 2,
            "15:00",
            "17:00",
            commune: "69259",
            address: "Centre social Parilly",
            capacity: 25,
            state: .proposed,
            byPartner: true
        ),
        Plan(
            "Découverte du vélo en ville",
            .sportCulture,
            [.mobility, .cultureSport],
            day: 4,
            "10:00",
            "12:00",
            commune: "69383",
            address: "Place Guichard",
            capacity: 15,
            state: .proposed,
            byPartner: true
        ),
        Plan(
            "Exposition « Visages de l'intégration »",
            .other,
            [.cultureSport, .citizenship],
            day: 3,
            "10:00",
            "18:00",
            commune: "69123",
            address: "Hall de la mairie du 3e",
            state: .draft
        ),
        Plan(
            "Atelier numérique : démarches en ligne",
            .cvWorkshop,
            [.french],
            day: 1,
            "14:00",
            "16:00",
            commune: "69384",
            address: "Espace numérique de la Croix-Rousse",
            capacity: 12,
            state: .draft,
            byPartner: true
        ),
    ]

    static let past: [Plan] = [
        Plan(
            "Cérémonie de naturalisation",
            .naturalisationCeremony,
            [.citizenship],
            day: 1,
            "10:00",
            "12:00",
            commune: "69123",
            address: "Préfecture du Rhône",
            state: .held,
            attendance: [.newcomers: 120, .officials: 10]
        ),
        Plan(
            "Job dating logistique",
            .jobDating,
            [.employment],
            day: 2,
            "09:00",
            "12:00",
            commune: "69290",
            address: "Parc d'activités",
            capacity: 60,
            state: .held,
            byPartner: true,
            attendance: [.newcomers: 52, .employers: 18]
        ),
        Plan(
            "Témoignages de parcours réussis",
            .testimonies,
            [.agir],
            day: 3,
            "18:00",
            "20:00",
            commune: "69266",
            address: "Centre culturel",
            state: .held,
            attendance: [.generalPublic: 70, .newcomers: 25]
        ),
        Plan(
            "Atelier français à visée professionnelle",
            .cvWorkshop,
            [.french, .employment],
            day: 4,
            "14:00",
            "16:00",
            commune: "69259",
            address: "Maison de l'emploi",
            capacity: 20,
            state: .held,
            byPartner: true,
            attendance: [.newcomers: 19]
        ),
    ]

    static let visitors = [
        "Aïcha Diallo", "Marc Durand", "Hawa Traoré", "Lina Haddad", "Pierre Morel", "Samira Benali", "Ousmane Sow",
        "Julie Lefort", "Karim Nasser", "Fatou Ndiaye",
    ]
}
