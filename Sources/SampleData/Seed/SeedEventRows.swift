import Domain
import Foundation
import Persistence

/// Generates the Semaine de l'intégration of `parcours seed`: three editions (2024, 2025, 2026) with events in every
/// covered département in proportion to its weight, at the states their dates imply on the seed's day, with
/// attendance for held events and registrations (erased, counts kept, three months after each event).
struct SeedEventRows {
    let departements: [(code: String, weight: Int, communes: [String])]
    let today: CalendarDay
    let seed: UInt64

    /// Events over the three editions for each scale (5 000 at national scale, as the design brief sets).
    static func eventCount(_ scale: SeedScale) -> Int {
        switch scale {
        case .tiny: 24
        case .departement: 60
        case .national: 5_000
        }
    }

    /// The editions: the 2024 and 2025 dates are the real ones (funding-contracts-events-facts §C1); 2026's are set
    /// here, the ministry having published none in the sources.
    static let editions: [(year: Int, starts: String, share: Double, stages: [EventTheme])] = [
        (2024, "2024-10-14", 0.28, [.employment, .french]),
        (2025, "2025-10-06", 0.34, [.employment, .housing]),
        (2026, "2026-10-12", 0.38, [.employment, .french, .housing]),
    ]

    func rows(scale: SeedScale) -> EventSeedRows {
        var rows = EventSeedRows()
        var random = SplitMix64(seed: seed ^ 0x5E3A_17E0)
        let total = Self.eventCount(scale)
        let created = SeedHouseholdRows.instant(today, hour: 7)
        for edition in Self.editions {
            let id = "seed-edition-\(edition.year)"
            let start = CalendarDay(iso: edition.starts)!
            rows.editions.append([
                .text(id), .integer(edition.year), .text("Semaine de l'intégration \(edition.year)"),
                .text(start.iso), .text(start.adding(days: 4).iso),
                .text(EventTheme.stored(edition.stages)), .null, .text(created), .text(created),
            ])
            let dayThemes: [EventTheme] = [.housing, .employment, .french, .cultureSport, .citizenship]
            for offset in 0..<5 {
                rows.editionDays.append([
                    .text(id), .text(start.adding(days: offset).iso), .text(dayThemes[offset].rawValue),
                ])
            }
            let count = Int((Double(total) * edition.share).rounded())
            let places = departements.filter { !$0.communes.isEmpty }
            let placeWeight = max(1, places.reduce(0) { $0 + $1.weight })
            // Each département its share by weight, rounded down; the events left go to the heaviest first.
            var shares = places.map { count * $0.weight / placeWeight }
            for index in places.indices.sorted(by: { places[$0].weight > places[$1].weight })
                .prefix(count - shares.reduce(0, +))
            {
                shares[index] += 1
            }
            var made = 0
            for (departement, share) in zip(places, shares) {
                for _ in 0..<share {
                    append(edition: id, start: start, departement: departement, number: made, into: &rows, &random)
                    made += 1
                }
            }
        }
        return rows
    }

    static let titles: [EventKind: [String]] = [
        .naturalisationCeremony: ["Cérémonie d'accueil dans la citoyenneté française", "Cérémonie de naturalisation"],
        .jobDating: ["Job dating des nouveaux arrivants", "Forum emploi et intégration", "Job dating logistique"],
        .cvWorkshop: ["Atelier CV et entretien d'embauche", "Atelier démarches en ligne"],
        .conference: ["Conférence : l'insertion par l'activité économique", "Table ronde : apprendre le français"],
        .prefectMeeting: ["Rencontre avec le préfet", "Échange avec les services de l'État"],
        .testimonies: ["Témoignages de parcours réussis", "Paroles de réfugiés"],
        .sportCulture: ["Tournoi sportif interculturel", "Concert des cultures du monde", "Exposition photographique"],
        .openDay: ["Portes ouvertes de l'école de français", "Portes ouvertes d'un centre d'hébergement"],
        .other: ["Café-rencontre accès aux droits", "Visite d'un chantier d'insertion"],
    ]

    func append(
        edition: String,
        start: CalendarDay,
        departement: (code: String, weight: Int, communes: [String]),
        number: Int,
        into rows: inout EventSeedRows,
        _ random: inout SplitMix64
    ) {
        let id = "seed-ev-\(edition.suffix(4))-\(number)"
        let kind = random.element(of: EventKind.allCases)
        let zone = LocalTime.departement(departement.code)
        let day = start.adding(days: random.below(5))
        let hour = random.int(in: 9...18)
        let startsAt = zone.instant(day: day, hour: hour, minute: random.chance(0.5) ? 0 : 30)
        let endsAt = startsAt.addingTimeInterval(Double(random.int(in: 2...4)) * 3600)
        let endDay = zone.day(of: endsAt)
        let over = endDay < today
        let roll = random.unit()
        let state: EventState =
            over
            ? (roll < 0.85 ? .held : roll < 0.93 ? .published : .cancelled)
            : (roll < 0.8 ? .published : roll < 0.9 ? .proposed : roll < 0.95 ? .draft : .cancelled)
        let audienceRoll = random.unit()
        let audience: EventAudience =
            audienceRoll < 0.4 ? .onRegistration : audienceRoll < 0.85 ? .everyone : .newcomers
        let capacity = audience == .onRegistration ? random.int(in: 2...20) * 10 : nil
        var registered = 0
        var waiting = 0
        if let capacity, state != .draft, state != .proposed {
            let asked = Int(Double(capacity) * (0.3 + random.unit() * 0.8))
            registered = min(asked, capacity)
            waiting = asked - registered
        }
        let erased = over && RegistrationRules.erasureDay(eventEndDay: endDay) <= today
        let created = SeedHouseholdRows.instant(start.adding(days: -40))
        var themes = [random.element(of: EventTheme.allCases)]
        if random.chance(0.4) {
            let second = random.element(of: EventTheme.allCases)
            if second != themes[0] { themes.append(second) }
        }
        rows.events.append([
            .text(id), .text(edition), .text(departement.code), .text("seed-pref-\(departement.code)"),
            .text("seed-acc-prefecture-\(departement.code)"), .text(state.rawValue),
            .text(random.element(of: Self.titles[kind] ?? ["Rencontre"])), .text(kind.rawValue),
            .text("Un temps de rencontre de la Semaine de l'intégration, ouvert aux acteurs du territoire."),
            .text(Timestamp.format(startsAt)), .text(Timestamp.format(endsAt)), .text(day.iso), .text(endDay.iso),
            .text("\(random.int(in: 1...120)) rue de la République"), .text(random.element(of: departement.communes)),
            .null, .text(audience.rawValue), .optional(capacity), .text("Accessible en fauteuil roulant."),
            .integer(registered), .integer(waiting), erased && registered + waiting > 0 ? .text(created) : .null,
            .null, .null, .text(created), .text(created),
            state == .draft || state == .proposed ? .null : .text(created),
        ])
        for theme in EventTheme.allCases where themes.contains(theme) {
            rows.themes.append([.text(id), .text(theme.rawValue)])
        }
        rows.organisers.append([
            .text(id), .integer(0), .text("organisateur"), .text("prefecture"), .text("Préfecture"),
        ])
        rows.organisers.append([
            .text(id), .integer(1), .text("partenaire"), .text("association"), .text("Association d'accueil"),
        ])
        if state == .held {
            let counts: [(AttendanceKind, Int)] = [
                (.newcomers, random.int(in: 5...80)), (.generalPublic, random.int(in: 0...60)),
                (.professionals, random.int(in: 2...15)),
                (.employers, kind == .jobDating ? random.int(in: 5...30) : 0),
            ]
            for (attendanceKind, count) in counts where count > 0 {
                rows.attendance.append([.text(id), .text(attendanceKind.rawValue), .integer(count)])
            }
        }
        guard !erased, registered + waiting > 0 else { return }
        for position in 1...(registered + waiting) {
            rows.registrations.append([
                .text("\(id)-r\(position)"), .text(id), .text("inscrit\(position).\(id)@seed.parcours.test"),
                .text("Inscrit \(position)"), .text(position <= registered ? "inscrit" : "attente"),
                .integer(position), .text("seed-\(id)-\(position)"), .text(created), .text(created),
            ])
        }
    }
}
