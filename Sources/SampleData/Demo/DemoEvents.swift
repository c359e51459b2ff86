import Domain
import Foundation
import Persistence
import Services

/// Loads the demo of the Semaine de l'intégration in the Rhône through the same use cases as the screens: last
/// year's edition with held events, this year's edition around the day of loading with about fifteen events at every
/// state, a rencontre territoriale with decisions, and three success stories (one withdrawn).
public struct DemoEvents: Sendable {
    let environment: ServiceEnvironment
    /// The territory's indicators as a meeting keeps them (computed by the web layer's dashboard).
    let snapshot: @Sendable (AccountSummary) async throws -> [(code: String, label: String, value: String)]

    public init(
        environment: ServiceEnvironment,
        snapshot: @escaping @Sendable (AccountSummary) async throws -> [(code: String, label: String, value: String)]
    ) {
        self.environment = environment
        self.snapshot = snapshot
    }

    /// Loads once: does nothing when an edition exists. Returns the number of events written.
    @discardableResult
    public func load() async throws -> Int {
        let found = try await environment.database.read { sql in
            (
                try await EditionRecords.all(in: sql).isEmpty,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .national), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .prefecture), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .partenaire), in: sql)?.account,
                try await AccountRecords.credentials(email: DemoDepartement.email(for: .referent), in: sql)?.account
            )
        }
        guard found.0, let national = found.1, let prefecture = found.2, let partner = found.3,
            let caseworker = found.4
        else { return 0 }
        let today = environment.time.today(inDepartement: "69")
        let editions = EditionService(environment: environment)
        // This year's edition runs around the day of loading, so that the demo has held events and events to come.
        let currentStart = today.adding(days: -2)
        let pastStart = CalendarDay(year: currentStart.year - 1, month: 10, day: 6)!
        let past = try await editions.create(Self.edition(start: pastStart, current: false), actor: national)
        let current = try await editions.create(Self.edition(start: currentStart, current: true), actor: national)
        var count = 0
        for plan in DemoEventPlans.past {
            let day = pastStart.adding(days: plan.day - 1)
            try await write(plan, edition: past, day: day, prefecture: prefecture, partner: partner)
            count += 1
        }
        for plan in DemoEventPlans.current {
            let day = today.adding(days: plan.day)
            try await write(plan, edition: current, day: day, prefecture: prefecture, partner: partner)
            count += 1
        }
        let indicators = try await snapshot(prefecture)
        try await DemoMeeting(environment: environment).load(prefecture: prefecture, snapshot: indicators)
        try await DemoStories(environment: environment).load(prefecture: prefecture, authors: [partner, caseworker])
        return count
    }

    static func edition(start: CalendarDay, current: Bool) -> EditionInput {
        var input = EditionInput()
        let year = start.year
        input.title = current ? "Semaine de l'intégration \(year) (démonstration)" : "Semaine de l'intégration \(year)"
        input.startsOn = start.iso
        input.endsOn = start.adding(days: current ? 6 : 4).iso
        input.highlightedStages = current ? ["emploi", "francais", "logement"] : ["emploi", "valeurs-citoyennete"]
        let themes = ["logement", "emploi", "francais", "culture-sport", "valeurs-citoyennete"]
        for (index, theme) in themes.enumerated() { input.dayThemes[start.adding(days: index).iso] = theme }
        return input
    }

    /// Writes one planned event and brings it to its state.
    func write(
        _ plan: DemoEventPlans.Plan,
        edition: String,
        day: CalendarDay,
        prefecture: AccountSummary,
        partner: AccountSummary
    ) async throws {
        let author = plan.byPartner ? partner : prefecture
        var input = EventInput()
        input.editionID = edition
        input.title = plan.title
        input.kind = plan.kind.rawValue
        input.themes = plan.themes.map(\.rawValue)
        input.description = plan.description
        input.startDay = day.iso
        input.startTime = plan.start
        input.endDay = day.iso
        input.endTime = plan.end
        input.address = plan.address
        input.communeCode = plan.commune
        input.audience = plan.capacity == nil ? EventAudience.everyone.rawValue : EventAudience.onRegistration.rawValue
        input.capacity = plan.capacity.map(String.init) ?? ""
        input.accessibility = "Accessible en fauteuil roulant ; interprétariat en arabe, dari et anglais sur demande."
        input.organisers = [
            (
                author.organisationName,
                plan.byPartner ? OrganiserKind.association.rawValue : OrganiserKind.prefecture.rawValue, "organisateur"
            ),
            (plan.partnerName, OrganiserKind.company.rawValue, "partenaire"),
        ]
        let events = EventService(environment: environment)
        let id = try await events.create(input, actor: author)
        switch plan.state {
        case .draft: break
        case .proposed:
            try await events.apply(.propose, eventID: id, note: "", actor: author)
        case .published, .cancelled:
            if plan.byPartner { try await events.apply(.propose, eventID: id, note: "", actor: author) }
            try await events.apply(.publish, eventID: id, note: "", actor: prefecture)
            try await register(eventID: id, count: plan.registrations)
            if plan.state == .cancelled { try await events.apply(.cancel, eventID: id, note: "", actor: prefecture) }
        case .held:
            // Past events are published as they were then; the label cannot be given after the event today.
            try await environment.database.write { sql in
                try await EventRecords.setState(
                    id: id,
                    .published,
                    reviewNote: nil,
                    at: environment.time.now(),
                    in: sql
                )
            }
            try await register(eventID: id, count: plan.registrations)
            try await events.recordAttendance(eventID: id, counts: plan.attendance, actor: prefecture)
        }
    }

    /// Registers demo visitors (addresses of the reserved example domain) without e-mailing them.
    func register(eventID: String, count: Int) async throws {
        guard count > 0 else { return }
        try await environment.database.write { sql in
            try await EventRecords.lock(id: eventID, in: sql)
            guard let event = try await EventRecords.find(id: eventID, in: sql), let capacity = event.event.capacity
            else { return }
            for index in 0..<count {
                let name = DemoEventPlans.visitors[index % DemoEventPlans.visitors.count]
                try await RegistrationRecords.insert(
                    id: environment.ids.makeIdentifier(),
                    eventID: eventID,
                    email: "visiteur\(index + 1).\(eventID.prefix(6).lowercased())@exemple.fr",
                    name: name,
                    status: index < capacity ? .registered : .waiting,
                    tokenHash: TokenHash.of(environment.ids.makeToken(byteCount: 24)),
                    at: environment.time.now(),
                    in: sql
                )
            }
            try await EventRecords.setCounts(
                id: eventID,
                registered: min(count, capacity),
                waiting: max(0, count - capacity),
                in: sql
            )
        }
    }
}
