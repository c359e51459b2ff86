import Domain
import Foundation
import SampleData
import Services
import TestSupport
import Testing

@Suite("Graphiques mensuels : douze mois, axe gradué, mois masqués hachurés")
struct DashboardChartTests {
    /// The SVG of each monthly chart on a page.
    static func charts(_ html: String) -> [String] {
        html.matches(of: /<svg[^>]*class="chart">.*?<\/svg>/).map { String($0.0) }
    }

    @Test func twelveMonthsDrawTwelveBarsWithAnAxisAndHatchedSmallMonths() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .prefecture)
            let page = try await browser.get("/pilotage/departements/69?periode=12m").text
            let charts = Self.charts(page)
            #expect(charts.count == 3)
            for chart in charts {
                #expect(chart.components(separatedBy: "<rect x=").count - 1 == 12, "one bar per month")
                // Values on the axis: 0 and at least one more.
                #expect(chart.matches(of: /text-anchor="end" fill="#333">\d+<\/text>/).count >= 2)
                // No label starts left of the drawing (clipped at the edge).
                for anchor in chart.matches(of: /<text x="(-?[\d.]+)"/) {
                    #expect((Double(anchor.1) ?? -1) >= 0)
                }
            }
            // A month of 1 to 4 is a hatched bar, never an empty one, and the legend explains it.
            #expect(page.contains("url(#graphique-"))
            #expect(page.contains("barre dessinée jusqu&#39;à 5") || page.contains("barre dessinée jusqu'à 5"))
            #expect(!page.contains("orientation(s)"))
        }
    }

    @Test func theTwelveMonthPeriodIsTheCurrentMonthAndTheElevenBefore() {
        let today = CalendarDay(year: 2026, month: 11, day: 27)!
        let period = IndicatorPeriod(parameter: "12m", today: today)
        #expect(period.months.count == 12)
        #expect(period.months.first == "2025-12")
        #expect(period.from == CalendarDay(year: 2025, month: 12, day: 1))
    }
}
