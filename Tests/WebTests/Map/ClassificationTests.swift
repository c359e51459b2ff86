import SafeHTML
import Testing

@testable import Web

/// Quantile classes and their colours.
struct ClassificationTests {
    /// A map of plain numbers, formatted with `description`.
    static func map(_ numbers: [String: Double]) -> ChoroplethMap {
        ChoroplethMap(
            title: "t",
            description: "d",
            unit: "%",
            values: numbers.mapValues { .number($0) },
            format: { "\($0)" }
        )
    }

    @Test func breaksOfTenValues() {
        let values: [String: Double] = [
            "01": 3, "02": 14, "03": 1, "04": 9, "05": 27, "06": 6, "07": 2, "08": 11, "09": 40, "10": 5,
        ]
        // Sorted: 1 2 3 5 6 9 11 14 27 40; nearest-rank 20/40/60/80 % are the 2nd, 4th, 6th and 8th values.
        #expect(Self.map(values).breaks == [1, 2, 5, 9, 14, 40])
    }

    @Test func eachClassGetsTwoOfTenValues() {
        let numbers: [Double] = [3, 14, 1, 9, 27, 6, 2, 11, 40, 5]
        let breaks = Classification.breaks(of: numbers)
        let classes = numbers.map { Classification.classIndex(of: $0, breaks: breaks) }
        #expect(classes == [1, 3, 0, 2, 4, 2, 0, 3, 4, 1])
    }

    @Test func tiesCollapseClasses() {
        #expect(Classification.classIndex(of: 3, breaks: []) == 0)
        // Zeros keep a class of their own instead of being merged with the positive values.
        let zeros = Classification.breaks(of: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2])
        #expect(zeros == [0, 0, 2])
        #expect([0, 1, 2].map { Classification.classIndex(of: $0, breaks: zeros) } == [0, 1, 1])
        #expect(Classification.breaks(of: [7, 7, 7]) == [7, 7])
        #expect(Classification.breaks(of: []) == [])
        #expect(Classification.colours(count: 2) == [Classification.palette[0], Classification.palette[4]])
    }

    @Test func onlyKnownCodesAndFiniteNumbersCount() {
        let map = ChoroplethMap(
            title: "t",
            description: "d",
            unit: "",
            values: ["01": .number(1), "02": .number(2), "99": .number(1000), "03": .number(.nan)],
            format: { "\($0)" }
        )
        #expect(map.breaks == [1, 1, 2])
    }

    @Test func darkerClassForLargerValues() {
        let map = Self.map(["01": 1, "02": 2, "03": 3, "04": 4, "05": 5, "06": 6, "07": 7, "08": 8, "09": 9, "10": 10])
        let svg = map.svg(idPrefix: "m").render()
        #expect(svg.contains(##"fill="\##(Classification.palette[0])"><title>Ain (01) : 1.0</title>"##))
        #expect(svg.contains(##"fill="\##(Classification.palette[4])"><title>Aube (10) : 10.0</title>"##))
    }
}
