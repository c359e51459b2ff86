import Domain
import Persistence

extension SeedContractPlanner {
    /// Three to five axes, French first; returns their identifiers and domains.
    mutating func addAxes(_ id: String) -> [(id: String, domain: IntegrationDomain)] {
        let others = IntegrationDomain.allCases.filter { $0 != .french }
        let count = rng.int(in: 2...4)
        let picked = rng.distinctSorted(count, below: others.count).map { others[$0] }
        return ([IntegrationDomain.french] + picked).enumerated().map { position, domain in
            let axisID = "\(id)-axe-\(position + 1)"
            rows.axes.append([
                .text(axisID), .text(id), .integer(position + 1), .text(domain.rawValue), .text(domain.label),
                .text(created),
            ])
            return (axisID, domain)
        }
    }

    /// Seven to eleven actions spread over the axes, each with its funding, one indicator, targets and results.
    mutating func addActions(
        _ id: String,
        axes: [(id: String, domain: IntegrationDomain)],
        epci: SeedEPCI,
        dates: Dates
    ) {
        let providers = organisations.filter {
            $0.kind == .trainingProvider && $0.departementCodes.contains(epci.departement)
        }
        let years = dates.period.years
        for position in 0..<rng.int(in: 7...11) {
            let axis = axes[position % axes.count]
            let actionID = "\(id)-action-\(position + 1)"
            let vocabulary =
                SeedContractTables.actions[axis.domain] ?? (
                    [axis.domain.label], ("Personnes", "personnes"), "Association"
                )
            let lead = axis.domain == .french && !providers.isEmpty ? rng.element(of: providers) : nil
            var served: [String] = []
            if rng.chance(0.6) {
                let count = rng.int(in: 1...2)
                served = rng.distinctSorted(count, below: epci.qpv.count).map { epci.qpv[$0] }
            }
            let start = min(dates.period.startsOn.adding(days: rng.int(in: 0...120)), dates.period.endsOn)
            rows.actions.append([
                .text(actionID), .text(id), .text(axis.id), .integer(position + 1),
                .text(rng.element(of: vocabulary.titles)),
                .optional(lead?.id), .text(lead?.name ?? "\(vocabulary.lead) (données fictives)"), .text(""),
                .text("Étrangers primo-arrivants et bénéficiaires de la protection internationale"), .text(start.iso),
                .text(dates.period.endsOn.iso), .null, .text(created),
            ])
            for qpv in served { rows.actionQPV.append([.text(actionID), .text(qpv), .text(id)]) }
            var sources: [(FundingSource, Int)] = [(.p104, rng.int(in: 8...60))]
            if !served.isEmpty && rng.chance(0.7) { sources.append((.p147, rng.int(in: 5...25))) }
            if rng.chance(0.6) { sources.append((.localAuthority, rng.int(in: 5...30))) }
            if rng.chance(0.15) { sources.append((.amif, rng.int(in: 10...40))) }
            if rng.chance(0.1) { sources.append((.other, rng.int(in: 2...10))) }
            for (offset, entry) in sources.enumerated() {
                rows.lines.append([
                    .text("\(actionID)-fin-\(offset + 1)"), .text(actionID), .text(id), .text(entry.0.rawValue),
                    .integer(years.lowerBound), .integer(years.upperBound), .integer(entry.1 * 1_000 * 100), .null,
                    .null,
                    .text(created),
                ])
            }
            let indicatorID = "\(actionID)-ind-1"
            rows.indicators.append([
                .text(indicatorID), .text(actionID), .text(id), .integer(1), .text(vocabulary.indicator.0),
                .text(vocabulary.indicator.1), .text(created),
            ])
            let target = rng.int(in: 20...200)
            for year in years where year <= today.year + 1 {
                let over = dates.signed.map { year >= $0.year && year < today.year } ?? false
                rows.figures.append([
                    .text(indicatorID), .integer(year), .integer(target),
                    over ? .integer(target * rng.int(in: 60...115) / 100) : .null, .null, .null, .text(created),
                ])
            }
        }
    }

    /// A review a year after the signature, then another a year later, while the contract runs; each takes one or
    /// two decisions, and the next one follows them up.
    mutating func addReviews(_ id: String, signed: CalendarDay, dates: Dates, epci: SeedEPCI, analysis: String) {
        var open: [String] = []
        for round in 1...2 {
            let day = signed.adding(years: round).adding(days: rng.int(in: 0...30))
            guard day <= today, day <= (dates.ended ?? dates.period.endsOn) else { return }
            let reviewID = "\(id)-comite-\(round)"
            rows.reviews.append([
                .text(reviewID), .text(id), .text(day.iso),
                .text("Préfecture, intercommunalité, DDETS, OFII, France Travail, porteurs des actions"),
                .text("Bilan annuel et programmation de l'année suivante."), .null, .text(created),
            ])
            snapshots.append(
                SnapshotRequest(
                    id: "\(id)-diag-\(round)",
                    contractID: id,
                    reviewID: reviewID,
                    day: day,
                    communes: epci.communes,
                    departement: epci.departement,
                    analysis: analysis
                )
            )
            for decision in open {
                let status = [DecisionStatus.done, .inProgress, .dropped][rng.below(3)]
                rows.followUps.append([
                    .text("\(decision)-suivi-\(round)"), .text(decision), .text(reviewID), .text(status.rawValue),
                    .text(""), .null, .text(created),
                ])
                if let index = rows.decisions.firstIndex(where: {
                    if case .text(decision) = $0[0] { true } else { false }
                }) {
                    rows.decisions[index][7] = .text(status.rawValue)
                }
            }
            open = []
            for number in 1...rng.int(in: 1...2) {
                let decisionID = "\(reviewID)-decision-\(number)"
                rows.decisions.append([
                    .text(decisionID), .text(id), .text(reviewID), .integer(number),
                    .text(
                        number == 1
                            ? "Ouvrir une action de français dans un quartier non servi"
                            : "Réviser les cibles des actions d'emploi"
                    ),
                    .text(number == 1 ? "DDETS" : "Intercommunalité"), .text(day.adding(months: 6).iso),
                    .text(DecisionStatus.open.rawValue), .text(created), .text(created),
                ])
                open.append(decisionID)
            }
        }
    }
}
