import Domain
import Foundation
import Testing

@Suite("Diagnostic territorial : effectifs publiés")
struct TerritoryDiagnosisTests {
    @Test func smallCountsAreHiddenAndTheirComplementsToo() {
        var diagnosis = TerritoryDiagnosis(day: CalendarDay(iso: "2026-11-27")!)
        diagnosis.households = 12
        diagnosis.householdsInQPV = 3
        for _ in 0..<20 { diagnosis.count(.belowA2WithoutCourse, .signedWithTraining, inQPV: false) }
        for _ in 0..<2 { diagnosis.count(.minor, .notSigned, inQPV: true) }
        diagnosis.exits = 7
        diagnosis.positiveExits = 6
        diagnosis.sustainableHousing = 7
        diagnosis.sustainableActivity = 6
        let published = diagnosis.published
        // 3 households in QPV: hidden, and the 9 outside with it (otherwise 12 − 9 gives it away).
        #expect(published.households.inQPV != .shown(3))
        #expect(published.households.outside != .shown(9))
        #expect(published.households.total == .shown(12))
        #expect(published.persons.cells[4][2] != .shown(2))
        #expect(published.persons.rowTotals[4] != .shown(2))
        // Whatever is shown is the true count.
        for (row, cells) in published.persons.cells.enumerated() {
            for (column, cell) in cells.enumerated() where cell != .shown(diagnosis.persons[row][column]) {
                #expect(!Self.isShown(cell))
            }
        }
        #expect(published.personsQPV.inQPV != .shown(2))
        // 1 exit that is not positive: hidden, and the 6 positive ones with it; the rates would reveal it too.
        #expect(published.exits.other != .shown(1))
        #expect(published.exits.positive != .shown(6))
        #expect(published.housingRate == .shown(1))
        #expect(published.activityRate == .hidden)
        #expect(diagnosis.exitsFrom == CalendarDay(iso: "2025-11-28"))
    }

    static func isShown(_ count: PublishedCount) -> Bool {
        if case .shown = count { return true }
        return false
    }

    @Test func theSnapshotKeepsItsCountsThroughJSON() throws {
        var diagnosis = TerritoryDiagnosis(day: CalendarDay(iso: "2026-03-02")!)
        diagnosis.count(.a2Reached, .signedWithoutTraining, inQPV: true)
        diagnosis.seats = 40
        let data = try JSONEncoder().encode(diagnosis)
        #expect(try JSONDecoder().decode(TerritoryDiagnosis.self, from: data) == diagnosis)
    }

    @Test func aHouseholdsQPVIsOneOfItsCommunes() {
        var errors = FieldErrors()
        #expect(
            ResidenceQPV.validate("qn06913m", communeQPV: ["QN06913M"], communeKnown: true, &errors)
                == .some("QN06913M")
        )
        #expect(ResidenceQPV.validate("", communeQPV: ["QN06913M"], communeKnown: true, &errors) == .some(nil))
        #expect(ResidenceQPV.validate("QN06901M", communeQPV: ["QN06913M"], communeKnown: true, &errors) == nil)
        #expect(errors["residenceQPV"] == "Ce quartier prioritaire n'est pas dans la commune du ménage.")
    }
}
