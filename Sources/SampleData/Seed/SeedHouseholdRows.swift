import Domain
import Persistence
import Services

/// Turns one synthetic household into the rows the application's own screens would have written for it.
struct SeedHouseholdRows {
    let departements: [Departement]
    let today: CalendarDay

    /// The stored instant of a day, at a fixed hour.
    static func instant(_ day: CalendarDay, hour: Int = 9) -> String {
        "\(day.iso)T\(hour < 10 ? "0" : "")\(hour):00:00Z"
    }

    /// Appends the household's rows.
    func append(_ household: SyntheticHousehold, into rows: inout SeedRows) throws {
        let code = household.departement
        let id = "seed-h\(household.index)"
        let personIDs = household.members.indices.map { "seed-p\(household.index)-\($0)" }
        let manager = SeedAccounts.managerID(code)
        var caseworker: String?
        var stage = HouseholdStage.referred
        var status = ReferralStatus.pending
        var reason: String?
        switch household.decision {
        case .pending: break
        case .declined(let why):
            stage = .declined
            status = .declined
            reason = why
        case .accepted(let slot):
            stage = household.exit == nil ? .inSupport : .exited
            status = .accepted
            caseworker = SeedAccounts.caseworkerID(code, slot)
        }
        let author = caseworker ?? manager
        let created = Self.instant(household.referralDate)
        let lastContact = ([household.welcome] + household.contacts.map(\.date)).compactMap { $0 }.max()
        rows.households.append([
            .text(id), .text(code), .optional(household.commune), .text(SeedAccounts.operatorID(code)),
            .optional(caseworker), .text(stage.rawValue), .text(created), .optional(lastContact?.iso),
            .optional(household.welcome?.iso), .optional(household.contract?.iso),
            .text(SearchKey.fold(household.members[0].documentNames)),
            .optional(
                household.members[0].cirSignedOn.map { SupportDeadlines.commitmentContractDue(cirSignature: $0).iso }
            ),
            .text(household.referralDate.iso), .optional(household.exit?.date.iso),
            .optional(household.welcome.map { $0.daysSinceEpoch - household.referralDate.daysSinceEpoch }),
        ])
        for (offset, member) in household.members.enumerated() {
            let registered = household.milestones.filter {
                $0.kind == "right" && $0.value == "france_travail" && $0.memberIndex == offset
            }.map(\.date).min()
            appendPerson(
                member,
                registered: registered,
                id: personIDs[offset],
                householdID: id,
                departement: code,
                isReference: offset == 0,
                created,
                &rows
            )
        }
        let reference = household.members[0]
        let protection = reference.protection.flatMap(ProtectionKind.init(rawValue:))
        let outcome = EligibilityRule.evaluate(
            EligibilityInput(
                referralDate: household.referralDate,
                departementCode: code,
                protection: protection,
                protectionDate: reference.protectionDate,
                cirSignatureDate: reference.cirSignedOn
            ),
            departements: departements
        )
        let decidedAt = status == .pending ? nil : Self.instant(household.referralDate.adding(days: 2), hour: 14)
        rows.referrals.append([
            .text("seed-r\(household.index)"), .text(id), .text(SeedAccounts.ofiiID(code)),
            .text(SeedAccounts.ofiiAgentID(code)), .text(SeedAccounts.operatorID(code)),
            .text(household.referralDate.iso), .boolean(false), .boolean(outcome.eligible),
            .text(outcome.basis.rawValue), .text(try ReferralService.json(outcome.conditions)), .text(status.rawValue),
            .optional(reason), status == .pending ? .null : .text(manager), .optional(decidedAt), .text(created),
        ])
        guard let welcome = household.welcome else { return }
        let welcomed = Self.instant(welcome, hour: 11)
        for entry in household.diagnosis {
            rows.diagnoses.append([
                .text(id), .text(entry.domain), .text(""), .text(entry.need), .text(""), .text(author),
                .text(welcomed),
            ])
        }
        for (offset, milestone) in household.milestones.enumerated() {
            rows.milestones.append([
                .text("seed-m\(household.index)-\(offset)"), .text(id),
                .optional(milestone.memberIndex.map { personIDs[$0] }), .text(milestone.date.iso),
                .text(milestone.kind), .text(milestone.value), .text(author),
                .text(Self.instant(milestone.date, hour: 16)),
            ])
        }
        for (offset, contact) in household.contacts.enumerated() {
            rows.contacts.append([
                .text("seed-c\(household.index)-\(offset)"), .text(id), .text(contact.date.iso), .text(contact.mode),
                .integer(contact.minutes), .text(""), .text(contact.note), .text(author),
                .text(Self.instant(contact.date, hour: 17)),
            ])
        }
        for (goalOffset, goal) in household.goals.enumerated() {
            let goalID = "seed-g\(household.index)-\(goalOffset)"
            rows.goals.append([
                .text(goalID), .text(id), .text(goal.domain), .optional(goal.memberIndex.map { personIDs[$0] }),
                .text(goal.title), .text(author), .text(welcomed),
            ])
            for (actionOffset, action) in goal.actions.enumerated() {
                rows.actions.append([
                    .text("seed-a\(household.index)-\(goalOffset)-\(actionOffset)"), .text(goalID), .text(id),
                    .text(action.description), .text(action.actor), .null, .text(action.due.iso), .text(action.status),
                    .text(action.outcome), .text(welcomed),
                ])
            }
        }
        if let exit = household.exit {
            let positive =
                HousingSituation(rawValue: exit.housing).flatMap { housing in
                    ActivitySituation(storedValue: exit.activity).map {
                        PositiveExitRule.evaluate(housing: housing, activity: $0).positive
                    }
                } ?? false
            rows.exits.append([
                .text(id), .text(exit.date.iso), .text(exit.reason), .text(exit.housing), .text(exit.activity),
                .boolean(positive), .text(author), .text(Self.instant(exit.date, hour: 17)),
            ])
        } else if let caseworker, household.index % 5 == 0 {
            // One household in five in support has an appointment in the coming fortnight, so that caseworkers'
            // home pages and calendar feeds have something to show.
            let day = today.adding(days: household.index % 14)
            rows.appointments.append([
                .text("seed-rdv\(household.index)"), .text(id), .text(caseworker),
                .text(Self.instant(day, hour: 9 + household.index % 8)), .integer(45), .text("Locaux de l'opérateur"),
                .text(created),
            ])
        }
    }

    private func appendPerson(
        _ member: SyntheticPerson,
        registered: CalendarDay?,
        id: String,
        householdID: String,
        departement: String,
        isReference: Bool,
        _ created: String,
        _ rows: inout SeedRows
    ) {
        rows.persons.append([
            .text(id), .text(householdID), .boolean(isReference), .text(member.documentNames),
            .text(member.usualNames), .integer(member.birthYear), .optional(member.birthMonth),
            .optional(member.birthDay), .text(member.sex), .text(member.nationality), .optional(member.protection),
            .optional(member.protectionAuthority), .optional(member.protectionDate?.iso),
            .optional(member.cirSignedOn?.iso), .optional(member.agdref), .boolean(member.joiningRelative),
            .optional(member.relation), .optional(member.arrivedOn?.iso), .text(created),
            .optional(registered?.iso),
        ])
        let name = PersonName(documentNames: member.documentNames, usualNames: member.usualNames)
        for key in name.searchKeys {
            rows.nameKeys.append([.text(id), .text(key), .text(departement)])
        }
    }
}
