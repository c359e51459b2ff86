import Domain
import Persistence
import SQLKit

/// Computes the shared territorial diagnosis of a set of communes on a day from Parcours's own data: persons in
/// support by language and CIR situation, those living in the territory's QPV, the language courses of its communes,
/// and the exits of the twelve months before. Runs on the connection it is given, so that a snapshot is taken inside
/// the transaction that signs a contract or records a review.
public enum TerritoryDiagnosisBuilder {
    public static func compute(
        communes chosen: [String],
        departements: [String],
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> TerritoryDiagnosis {
        let communes = ContractTerritoryRecords.expand(
            chosen,
            arrondissements: ContractTerritoryRecords.arrondissements
        )
        let qpv = try await ContractTerritoryRecords.qpv(inCommunes: communes, in: sql).map(\.code)
        let persons = try await TerritoryDiagnosisQueries.persons(communes: communes, qpv: qpv, on: day, in: sql)
        let levels = try await TerritoryDiagnosisQueries.levels(communes: communes, on: day, in: sql)
        var enrolled = Set<String>()
        var waiting = Set<String>()
        var courses: [CourseRecord] = []
        let inTerritory = Set(communes)
        for departement in departements {
            let placed = try await LanguageDemandQueries.placements(departement: departement, on: day, in: sql)
            enrolled.formUnion(placed.enrolled)
            waiting.formUnion(placed.waiting)
            courses += try await CourseRecords.open(departement: departement, today: day, in: sql).filter {
                inTerritory.contains($0.course.communeCode)
            }
        }
        var diagnosis = TerritoryDiagnosis(day: day)
        var households = Set<String>()
        var householdsInQPV = Set<String>()
        for person in persons {
            households.insert(person.householdID)
            if person.inQPV { householdsInQPV.insert(person.householdID) }
            diagnosis.count(
                languageRow(person, levels: levels[person.id] ?? [:], enrolled: enrolled, waiting: waiting),
                cirColumn(person),
                inQPV: person.inQPV
            )
        }
        diagnosis.households = households.count
        diagnosis.householdsInQPV = householdsInQPV.count
        diagnosis.courses = courses.count
        diagnosis.seats = courses.map(\.course.seats).reduce(0, +)
        diagnosis.seatsInQPV = courses.filter { $0.course.qpvCode != nil }.map(\.course.seats).reduce(0, +)
        diagnosis.seatsFree = courses.map(\.seatsLeft).reduce(0, +)
        let exits = try await TerritoryDiagnosisQueries.exits(
            communes: communes,
            from: diagnosis.exitsFrom,
            to: day,
            in: sql
        )
        diagnosis.exits = exits.count
        diagnosis.positiveExits = exits.filter(\.positive).count
        diagnosis.sustainableHousing = exits.filter { $0.housing?.isSustainable == true }.count
        diagnosis.sustainableActivity = exits.filter { $0.activity?.isSustainable == true }.count
        return diagnosis
    }

    /// The language situation of a person: a minor, an adult with A2 in the four skills, or an adult below A2 who
    /// is in a course, waiting for one, or without one (the rule of the language offer page).
    static func languageRow(
        _ person: DiagnosisPerson,
        levels: [LanguageSkill: CEFRLevel],
        enrolled: Set<String>,
        waiting: Set<String>
    ) -> TerritoryDiagnosis.LanguageRow {
        guard person.adult else { return .minor }
        guard LanguageOfferService.needsCourse(levels: levels) else { return .a2Reached }
        if enrolled.contains(person.id) { return .belowA2InCourse }
        return waiting.contains(person.id) ? .belowA2Waiting : .belowA2WithoutCourse
    }

    /// The CIR situation of a person.
    static func cirColumn(_ person: DiagnosisPerson) -> TerritoryDiagnosis.CIRColumn {
        guard person.cirSigned else { return .notSigned }
        return person.trainingPrescribed ? .signedWithTraining : .signedWithoutTraining
    }
}
