import Domain
import Foundation
import Services

/// One indicator over the parts of a territory and its total, as shown to people without named access: counts
/// under 5 hidden with complementary suppression, rates and medians resting on fewer than 5 people hidden.
struct PublishedColumn: Sendable {
    /// The text of each part's cell, in the parts' order.
    let cells: [String]
    /// The text of the total.
    let total: String
    /// Each part's number for the map (nil when hidden or undefined), and whether it was hidden.
    let numbers: [Double?]
    let hidden: [Bool]
    /// Whether each part's value was hidden only to protect another, or rests on too few people (shown "s").
    let masked: [Bool]
    /// The total's number (nil when hidden or undefined).
    let totalNumber: Double?

    init(_ indicator: IndicatorDefinition, parts: [AreaFigures], total area: AreaFigures) {
        let values = parts.map { $0.value(of: indicator) }
        let whole = area.value(of: indicator)
        // Counts of départements covered identify no one.
        let personal = indicator.code != IndicatorCatalogue.deployment.code
        switch indicator.unit {
        case .count:
            let counts = values.map { if case .count(let count) = $0 { count } else { 0 } }
            let wholeCount = if case .count(let count) = whole { count } else { 0 }
            if personal {
                // Without parts (the key figures), the total is published on its own.
                let published = SmallCountSuppression.apply(list: counts.isEmpty ? [wholeCount] : counts)
                let values = counts.isEmpty ? [] : published.values
                cells = values.map(SmallCountSuppression.text)
                hidden = values.map(\.isHidden)
                masked = values.map { $0 == .masked }
                numbers = zip(counts, hidden).map { $1 ? nil : Double($0) }
                total = SmallCountSuppression.text(published.total)
                totalNumber = published.total.isHidden ? nil : Double(wholeCount)
            } else {
                cells = counts.map { SmallCountSuppression.text(.shown($0)) }
                hidden = counts.map { _ in false }
                masked = hidden
                numbers = counts.map(Double.init)
                total = SmallCountSuppression.text(.shown(wholeCount))
                totalNumber = Double(wholeCount)
            }
        case .percent:
            let published = values.map(Self.rate)
            cells = published.map(\.text)
            hidden = published.map(\.hidden)
            masked = hidden
            numbers = published.map(\.number)
            let totalRate = Self.rate(whole)
            total = totalRate.text
            totalNumber = totalRate.number
        case .days:
            let published = values.map(Self.median)
            cells = published.map(\.text)
            hidden = published.map(\.hidden)
            masked = hidden
            numbers = published.map(\.number)
            let totalMedian = Self.median(whole)
            total = totalMedian.text
            totalNumber = totalMedian.number
        }
    }

    static func rate(_ value: IndicatorValue) -> (text: String, number: Double?, hidden: Bool) {
        guard case .rate(let numerator, let denominator) = value else { return ("–", nil, false) }
        switch SmallCountSuppression.rate(numerator: numerator, denominator: denominator) {
        case .shown:
            let share = Double(numerator) * 100 / Double(denominator)
            return (percent(share), share, false)
        case .hidden: return (SuppressionRule.maskedMark, nil, true)
        case .undefined: return ("–", nil, false)
        }
    }

    static func median(_ value: IndicatorValue) -> (text: String, number: Double?, hidden: Bool) {
        guard case .median(let median, let count) = value, let median else { return ("–", nil, false) }
        if count < SuppressionRule.threshold { return (SuppressionRule.maskedMark, nil, true) }
        return ("\(decimal(median)) j", median, false)
    }

    /// "72,5 %".
    static func percent(_ share: Double) -> String { "\(decimal(share)) %" }

    /// One decimal, French comma, no trailing ",0".
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
