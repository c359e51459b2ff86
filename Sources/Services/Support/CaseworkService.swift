import Domain
import Foundation
import Persistence
import SQLKit

/// The support of an accepted household: welcome interview, commitment contract, contacts and exit.
/// Only the household's caseworker and the operator's managers write; every write is audited.
public struct CaseworkService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    var today: CalendarDay { CalendarDay(date: environment.time.now()) }

    /// Records the welcome interview, the day the household enters AGIR support.
    /// The housing and activity at entry are optional; when given they become the first milestones, dated that day.
    public func recordWelcome(
        householdID: String,
        date: String,
        housing: String = "",
        activity: String = "",
        months: String = "",
        actor: AccountSummary
    ) async throws {
        let household = try await writable(householdID, actor: actor)
        var errors = FieldErrors()
        let day = CaseworkInputs.pastDay(
            date,
            field: "welcomeDate",
            today: today,
            notBefore: household.referralDate,
            notBeforeLabel: "l'orientation",
            &errors
        )
        var entryEvents: [MilestoneEvent] = []
        if !housing.isEmpty {
            if let situation = HousingSituation(rawValue: housing) {
                entryEvents.append(.housing(situation))
            } else {
                errors.add("entryHousing", "Choisissez le logement à l'entrée dans la liste.")
            }
        }
        if !activity.isEmpty {
            if let situation = ActivitySituation(formValue: activity, months: Int(months)) {
                entryEvents.append(.activity(situation))
            } else {
                errors.add(
                    "entryActivity",
                    activity == "cdd"
                        ? "Indiquez la durée du CDD en mois (1 à 36)." : "Choisissez la situation dans la liste."
                )
            }
        }
        guard let day, errors.isEmpty else { throw DomainError.invalid(errors) }
        let reference = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }.first(where: \.isReference)?.id
        try await environment.database.write { sql in
            let before = try await CaseworkRecords.milestones(householdID: householdID, in: sql)
            try await CaseworkRecords.setWelcomeInterview(day, householdID: householdID, in: sql)
            for event in entryEvents {
                let milestone = Milestone(
                    id: environment.ids.makeIdentifier(),
                    date: day,
                    personID: event.kind == "activity" ? reference : nil,
                    event: event
                )
                try await MilestoneService.insert(
                    milestone,
                    householdID: householdID,
                    actor: actor,
                    environment: environment,
                    in: sql
                )
            }
            try await environment.audit(
                .welcomeInterview,
                recordType: "menage",
                id: householdID,
                before: ["entretien_accueil": before.welcomeInterview?.iso],
                after: ["entretien_accueil": day.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// Records the signature of the commitment contract, on or after the welcome interview.
    public func recordContract(householdID: String, date: String, actor: AccountSummary) async throws {
        _ = try await writable(householdID, actor: actor)
        let milestones = try await environment.database.read {
            try await CaseworkRecords.milestones(householdID: householdID, in: $0)
        }
        var errors = FieldErrors()
        guard let welcome = milestones.welcomeInterview else {
            errors.add("contractDate", "Enregistrez d'abord l'entretien d'accueil.")
            throw DomainError.invalid(errors)
        }
        let day = CaseworkInputs.pastDay(
            date,
            field: "contractDate",
            today: today,
            notBefore: welcome,
            notBeforeLabel: "l'entretien d'accueil",
            &errors
        )
        guard let day, errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            try await CaseworkRecords.setContractSigned(day, householdID: householdID, in: sql)
            try await environment.audit(
                .commitmentContractSigned,
                recordType: "menage",
                id: householdID,
                before: ["contrat_engagement": milestones.contractSigned?.iso],
                after: ["contrat_engagement": day.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// Adds a contact (an interview) to the household's timeline.
    public func addContact(
        householdID: String,
        date: String,
        mode: String,
        minutes: String,
        attendees: String,
        note: String,
        actor: AccountSummary
    ) async throws {
        _ = try await writable(householdID, actor: actor)
        let milestones = try await environment.database.read {
            try await CaseworkRecords.milestones(householdID: householdID, in: $0)
        }
        let contact: (day: CalendarDay, mode: ContactMode, minutes: Int, attendees: String, note: String)
        switch CaseworkInputs.contact(
            date: date,
            mode: mode,
            minutes: minutes,
            attendees: attendees,
            note: note,
            today: today,
            entry: milestones.welcomeInterview
        )
        {
        case .success(let value): contact = value
        case .failure(let errors): throw DomainError.invalid(errors)
        }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await CaseworkRecords.insertContact(
                id: id,
                householdID: householdID,
                day: contact.day,
                mode: contact.mode.rawValue,
                minutes: contact.minutes,
                attendees: contact.attendees,
                note: contact.note,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .contactRecorded,
                recordType: "entretien",
                id: id,
                before: [:],
                after: [
                    "date": contact.day.iso, "mode": contact.mode.label,
                    "note": contact.note.isEmpty ? nil : contact.note,
                ],
                personalFields: ["note"],
                actor: actor,
                in: sql
            )
        }
    }

    /// Records the exit with the situations at exit; the positive-exit rule decides whether it is positive.
    public func recordExit(
        householdID: String,
        date: String,
        reason: String,
        housing: String,
        activity: String,
        months: String,
        actor: AccountSummary
    ) async throws -> ExitAssessment {
        _ = try await writable(householdID, actor: actor)
        let milestones = try await environment.database.read {
            try await CaseworkRecords.milestones(householdID: householdID, in: $0)
        }
        var errors = FieldErrors()
        let day = CaseworkInputs.pastDay(
            date,
            field: "exitDate",
            today: today,
            notBefore: milestones.welcomeInterview,
            notBeforeLabel: "l'entrée en accompagnement",
            &errors
        )
        let exitReason = ExitReason(rawValue: reason)
        if exitReason == nil { errors.add("exitReason", "Choisissez le motif de sortie.") }
        let housingSituation = HousingSituation(rawValue: housing)
        if housingSituation == nil { errors.add("exitHousing", "Choisissez la situation de logement à la sortie.") }
        let activitySituation = ActivitySituation(formValue: activity, months: Int(months))
        if activitySituation == nil {
            errors.add(
                "exitActivity",
                activity == "cdd"
                    ? "Indiquez la durée du CDD en mois (1 à 36)." : "Choisissez la situation d'emploi ou de formation."
            )
        }
        guard errors.isEmpty, let day, let exitReason, let housingSituation, let activitySituation else {
            throw DomainError.invalid(errors)
        }
        let assessment = PositiveExitRule.evaluate(housing: housingSituation, activity: activitySituation)
        try await environment.database.write { sql in
            try await CaseworkRecords.insertExit(
                householdID: householdID,
                day: day,
                reason: exitReason.rawValue,
                housing: housingSituation.rawValue,
                activity: activitySituation.storedValue,
                positive: assessment.positive,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .exitRecorded,
                recordType: "menage",
                id: householdID,
                before: [:],
                after: [
                    "sortie": day.iso, "motif": exitReason.label, "logement": housingSituation.label,
                    "activite": activitySituation.label, "sortie_positive": assessment.positive ? "oui" : "non",
                ],
                actor: actor,
                in: sql
            )
        }
        return assessment
    }

    /// Saves the domains of the diagnosis that were filled in; health only from the household's own caseworker.
    public func saveDiagnosis(
        householdID: String,
        values: [DiagnosisDomain: (situation: String, need: String, note: String)],
        actor: AccountSummary
    ) async throws {
        let household = try await writable(householdID, actor: actor)
        let seesRestricted = household.caseworkerID == actor.id
        var errors = FieldErrors()
        var entries: [DiagnosisEntry] = []
        for domain in DiagnosisDomain.allCases where seesRestricted || !domain.isRestricted {
            guard let value = values[domain] else { continue }
            if let entry = DiagnosisEntry.read(
                domain: domain,
                situation: value.situation,
                need: value.need,
                note: value.note,
                &errors
            ) {
                entries.append(entry)
            }
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        let now = environment.time.now()
        try await environment.database.write { sql in
            let before = Dictionary(
                uniqueKeysWithValues: try await DiagnosisRecords.entries(
                    householdID: householdID,
                    includeRestricted: true,
                    in: sql
                )
                .map { ($0.domain, $0) }
            )
            for entry in entries where before[entry.domain] != entry {
                try await DiagnosisRecords.save(entry, householdID: householdID, accountID: actor.id, at: now, in: sql)
                let old = before[entry.domain]
                let restricted = entry.domain.isRestricted
                try await environment.audit(
                    .diagnosisUpdated,
                    recordType: "diagnostic",
                    id: "\(householdID)/\(entry.domain.rawValue)",
                    before: ["besoin": old?.need.rawValue, "situation": old?.situation, "note": old?.note],
                    after: ["besoin": entry.need.rawValue, "situation": entry.situation, "note": entry.note],
                    personalFields: restricted ? ["besoin", "situation", "note"] : ["situation", "note"],
                    actor: actor,
                    in: sql
                )
            }
        }
    }

    /// What happened to a new member: added, or held back for possible duplicates.
    public enum MemberOutcome: Sendable {
        case added
        case possibleDuplicates([DuplicateFinder.Duplicate])
    }

    /// Adds a member (a joining relative arriving later, a child…) after checking for duplicates.
    public func addMember(
        householdID: String,
        person: PersonInput,
        relation: String,
        arrivedOn: String,
        duplicatesReviewed: Bool,
        actor: AccountSummary
    ) async throws -> MemberOutcome {
        let household = try await writable(householdID, actor: actor)
        let countries = Set(try await TerritoryQueries(database: environment.database).nationalities().map(\.code))
        var errors = FieldErrors()
        let valid = person.validate(today: today, countries: countries, &errors)
        let memberRelation = MemberRelation(rawValue: relation)
        if memberRelation == nil { errors.add("relation", "Choisissez le lien avec la personne de référence.") }
        let arrival: CalendarDay? =
            arrivedOn.isEmpty
            ? nil
            : CaseworkInputs.pastDay(
                arrivedOn,
                field: "arrivedOn",
                today: today,
                notBefore: nil,
                notBeforeLabel: "",
                &errors
            )
        guard errors.isEmpty, let valid, let memberRelation else { throw DomainError.invalid(errors) }
        if !duplicatesReviewed {
            let duplicates = try await DuplicateFinder(environment: environment).candidates(
                for: valid,
                departement: household.departement
            )
            if !duplicates.isEmpty { return .possibleDuplicates(duplicates) }
        }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await HouseholdWriteRecords.insertPerson(
                id: id,
                householdID: householdID,
                isReference: false,
                valid: valid,
                relation: memberRelation.rawValue,
                arrivedOn: arrival,
                at: environment.time.now(),
                in: sql
            )
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.memberAdded.rawValue,
                recordType: "menage",
                recordID: householdID,
                personID: id,
                changes: [
                    AuditChange("personne", before: nil, after: valid.name.documentNames, personal: true),
                    AuditChange("lien", before: nil, after: memberRelation.label),
                ]
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return .added
    }

    /// The household, if the actor may write to it: in scope, in support, and the actor's own or managed.
    func writable(_ householdID: String, actor: AccountSummary) async throws -> HouseholdSummary {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        guard
            let household = try await environment.database.read({
                try await HouseholdQueries.find(id: householdID, viewer: actor, in: $0)
            })
        else { throw DomainError.notFound }
        if actor.role == .referent, household.caseworkerID != actor.id { throw DomainError.forbidden }
        guard household.stage == "accompagnement" else {
            throw DomainError.conflict(
                household.stage == "sortie"
                    ? "Ce ménage est sorti d'AGIR : son dossier n'est plus modifiable."
                    : "Ce ménage n'est pas en accompagnement."
            )
        }
        return household
    }
}
