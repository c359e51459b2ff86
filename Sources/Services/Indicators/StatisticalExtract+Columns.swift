import Domain
import Persistence

extension StatisticalExtract {
    /// The header row: French snake_case column names, documented in docs/indicators.md.
    public static let header = [
        "pseudonyme_personne", "pseudonyme_menage", "code_departement", "code_region", "operateur", "sexe",
        "tranche_age", "nationalite", "protection", "annee_protection", "mois_orientation", "mois_accueil",
        "delai_accueil_jours", "contrat_dans_le_mois", "etape", "logement_entree", "activite_entree",
        "logement_a_date", "activite_a_date", "inscrit_france_travail", "motif_sortie", "mois_sortie",
        "mois_fin_formation_cir", "niveau_fin_formation_cir", "a2_justifie", "b1_justifie", "examen_civique_reussi",
    ]

    /// A person's row: pseudonyms instead of identifiers, an age band instead of the birth date, months instead of
    /// days, situations as of entry and as of the extract's day.
    func cells(_ person: ExtractPersonRecord, milestones: [Milestone]) -> [String] {
        let welcome = person.welcomeInterview.flatMap(CalendarDay.init(iso:))
        let entry = welcome.map { situation(on: $0, person: person.personID, milestones: milestones) }
        let latest = situation(on: day, person: person.personID, milestones: milestones)
        // A contract signed after the extract's day was not signed on that day.
        let signed = person.contractSigned.flatMap { $0 <= day.iso ? $0 : nil }
        let withinMonth = signed.map { signed in person.contractDue.map { signed <= $0 } ?? false }
        return [
            pseudonymiser.person(person.personID),
            pseudonymiser.household(person.householdID),
            person.departement,
            person.region,
            person.operatorID,
            person.sex,
            AgeBand(birthYear: person.birthYear, in: day.year).rawValue,
            person.nationality,
            person.protection ?? "",
            person.protectionDate.map { String($0.prefix(4)) } ?? "",
            month(person.referralDate),
            month(person.welcomeInterview),
            person.welcomeDelayDays.map(String.init) ?? "",
            withinMonth.map(Self.yesNo) ?? "",
            person.stage.rawValue,
            entry?.housing?.rawValue ?? "",
            entry?.activity?.storedValue ?? "",
            latest.housing?.rawValue ?? "",
            latest.activity?.storedValue ?? "",
            Self.yesNo(person.franceTravail.map { $0 <= day.iso } ?? false),
            person.exitReason ?? "",
            month(person.exitDate),
            month(person.trainingFinished.flatMap { $0 <= day.iso ? $0 : nil }),
            person.trainingFinished.map { $0 <= day.iso } == true ? person.finalLevel ?? "" : "",
            Self.yesNo(person.provenA2),
            Self.yesNo(person.provenB1),
            Self.yesNo(person.civicExamPassed),
        ]
    }

    /// The housing of the household and the person's most favourable work or training situation on a day, from the
    /// milestones recorded on or before it (an activity recorded for the whole household counts for each member).
    func situation(
        on date: CalendarDay,
        person: String,
        milestones: [Milestone]
    ) -> (housing: HousingSituation?, activity: ActivitySituation?) {
        let due = SnapshotDue(kind: .exit, date: date)
        let household = SituationSnapshots.situation(on: due, milestones: milestones)
        let own = SituationSnapshots.situation(
            on: due,
            milestones: milestones.filter { $0.personID == nil || $0.personID == person }
        )
        return (household.housing, own.activity)
    }

    /// "2026-03" from "2026-03-14", or empty.
    func month(_ iso: String?) -> String { iso.map { String($0.prefix(7)) } ?? "" }

    /// "oui" or "non".
    static func yesNo(_ value: Bool) -> String { value ? "oui" : "non" }
}
