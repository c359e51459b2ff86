import Domain
import Persistence

/// Plans the rows of generated contracts from the intercommunal bodies of the QPV list, drawing dates, axes,
/// actions, funding, indicators, reviews and decisions; the diagnosis snapshots it asks for are computed after.
struct SeedContractPlanner {
    /// A diagnosis snapshot to compute and keep.
    struct SnapshotRequest {
        let id: String
        let contractID: String
        let reviewID: String?
        let day: CalendarDay
        let communes: [String]
        let departement: String
        let analysis: String
    }

    let today: CalendarDay
    let organisations: [Organisation]
    let regions: [String: String]
    let departementNames: [String: String]
    var rng: SplitMix64
    var rows = ContractSeedRows()
    var snapshots: [SnapshotRequest] = []
    /// The creation instant written on every row.
    let created: String

    init(
        today: CalendarDay,
        organisations: [Organisation],
        regions: [String: String],
        departementNames: [String: String],
        rng: SplitMix64
    ) {
        self.today = today
        self.organisations = organisations
        self.regions = regions
        self.departementNames = departementNames
        self.rng = rng
        self.created = "\(today.iso)T07:00:00Z"
    }

    /// The dates of a contract: its period and, when signed, its signature, start and end.
    struct Dates {
        let period: ContractPeriod
        let signed: CalendarDay?
        let started: CalendarDay?
        let ended: CalendarDay?

        var status: ContractStatus {
            ended != nil ? .ended : started != nil ? .running : signed != nil ? .signed : .preparation
        }
    }

    /// Adds one contract with one local authority.
    mutating func add(_ epci: SeedEPCI, index: Int) {
        let kind = Self.kind(of: epci, index: index)
        let id = "seed-ctai-\(index + 1)"
        let dates = self.dates(kind: kind, index: index)
        let name = SeedContractTables.cleaned(epci.name)
        let departement = epci.departement
        let title =
            kind == .cityContract
            ? "Contrat de ville Engagements Quartiers 2030 – \(name)" : "\(kind.shortLabel) – \(name)"
        let analysis =
            dates.signed == nil
            ? ""
            : "Diagnostic partagé avec \(name) : priorité au français et à l'emploi dans les quartiers prioritaires."
        rows.contracts.append([
            .text(id), .text(kind.rawValue), .text(title), .text(dates.status.rawValue), .text(departement),
            .text(regions[departement] ?? ""), .text("seed-pref-\(departement)"),
            .text("Préfet du département (\(departementNames[departement] ?? departement))"),
            .text(dates.period.startsOn.iso),
            .text(dates.period.endsOn.iso), .optional(dates.signed?.iso), .optional(dates.started?.iso),
            .optional(dates.ended?.iso), .text(analysis), .null, .text(created), .text(created),
        ])
        rows.departements.append([.text(id), .text(departement)])
        for commune in epci.communes { rows.communes.append([.text(id), .text(commune)]) }
        rows.signatories.append([
            .text("\(id)-etat"), .text(id), .integer(0), .text("etat"), .null, .text("État"), .null,
            .text("Préfet du département"), .null, .text(created),
        ])
        let authority = SeedContractTables.authorityKind(epci.name)
        rows.signatories.append([
            .text("\(id)-collectivite"), .text(id), .integer(1), .text("collectivite"), .text(authority.rawValue),
            .text(name), .text(epci.siren),
            .text(authority == .commune ? "Maire" : "Président ou présidente de l'intercommunalité"), .null,
            .text(created),
        ])
        let axes = addAxes(id)
        addActions(id, axes: axes, epci: epci, dates: dates)
        if let signed = dates.signed {
            snapshots.append(
                SnapshotRequest(
                    id: "\(id)-diag-0",
                    contractID: id,
                    reviewID: nil,
                    day: signed,
                    communes: epci.communes,
                    departement: departement,
                    analysis: analysis
                )
            )
            addReviews(id, signed: signed, dates: dates, epci: epci, analysis: analysis)
        }
    }

    /// CTAI for métropoles and urban communities, a PTAI now and then, otherwise a contrat de ville counted as CTAI.
    static func kind(of epci: SeedEPCI, index: Int) -> ContractKind {
        if index % 7 == 6 { return .ptai }
        switch SeedContractTables.authorityKind(epci.name) {
        case .metropole, .urbanCommunity: return .ctai
        default: return .cityContract
        }
    }

    mutating func dates(kind: ContractKind, index: Int) -> Dates {
        if index % 15 == 14 {
            let start = CalendarDay.firstOfJanuary(today.year + 1)
            return Dates(
                period: ContractPeriod(startsOn: start, endsOn: CalendarDay(year: today.year + 3, month: 12, day: 31)!),
                signed: nil,
                started: nil,
                ended: nil
            )
        }
        let period: ContractPeriod
        var signed: CalendarDay
        if kind == .cityContract {
            period = ContractPeriod(
                startsOn: CalendarDay.firstOfJanuary(2024),
                endsOn: CalendarDay(year: 2030, month: 12, day: 31)!
            )
            // Signed before the deadline of 31 March 2024.
            signed = CalendarDay(year: 2024, month: 2, day: 1)!.adding(days: rng.int(in: 0...58))
        } else {
            let first = today.year - rng.int(in: 0...3)
            period = ContractPeriod(
                startsOn: CalendarDay.firstOfJanuary(first),
                endsOn: CalendarDay(year: first + 2, month: 12, day: 31)!
            )
            signed = period.startsOn.adding(days: rng.int(in: 20...90))
        }
        guard signed <= today else { return Dates(period: period, signed: nil, started: nil, ended: nil) }
        let start = signed.adding(days: rng.int(in: 10...40))
        signed = min(signed, period.endsOn)
        return Dates(
            period: period,
            signed: signed,
            started: start <= today ? start : nil,
            ended: period.endsOn < today ? period.endsOn : nil
        )
    }
}
