import Domain
import Foundation
import Persistence
import Services

/// The person's-language words for the domain's codes (documents, milestones, levels, roles, audit actions…).
extension Translator {
    func label(_ document: DocumentToBring) -> String { label(.document, document.rawValue) }

    func label(_ domain: DiagnosisDomain) -> String { label(.domain, domain.rawValue) }

    func label(_ title: ResidenceTitle) -> String { label(.title, title.rawValue) }

    func label(_ skill: LanguageSkill) -> String { label(.skill, skill.rawValue) }

    func label(_ slot: CourseSlot) -> String { label(.slot, slot.rawValue) }

    func label(_ status: EnrolmentStatus) -> String { label(.enrolment, status.rawValue) }

    func label(_ status: AppointmentStatus) -> String { label(.appointmentStatus, status.rawValue) }

    /// A CEFR level: its code (A1, B2…), which reads the same in every language, except "below A1.1".
    func label(_ level: CEFRLevel) -> String {
        level == .belowA1_1 ? label(.level, level.rawValue) : level.frenchLabel
    }

    /// An agent's role as a person understands it.
    func label(role raw: String?) -> String { label(.role, raw ?? "admin") }

    /// What an audit event did, grouped in a few words a person understands.
    func label(auditAction action: String) -> String {
        let group: String =
            switch action {
            case AuditAction.personFileRead.rawValue: "read"
            case AuditAction.restrictedRead.rawValue: "health"
            case AuditAction.personDetailsUpdated.rawValue, AuditAction.residenceTitleAdded.rawValue,
                AuditAction.personsMerged.rawValue, AuditAction.personsUnmerged.rawValue:
                "details"
            case _ where action.hasPrefix("parcours."): "pathway"
            case AuditAction.spaceOpened.rawValue, AuditAction.spaceClosed.rawValue: "space"
            case AuditAction.spaceMessage.rawValue, AuditAction.spaceThreadRead.rawValue: "messages"
            case _ where action.hasPrefix("accompagnement.") || action.hasPrefix("menage."): "support"
            default: "other"
            }
        return label(.action, group)
    }

    /// A milestone of the support in plain words.
    func label(_ event: MilestoneEvent) -> String {
        switch event {
        case .rightOpened(let right): return label(.right, right.rawValue)
        case .housing(let housing): return self(.milestoneHousing, ["housing": label(.housing, housing.rawValue)])
        case .activity(let activity): return label(activity)
        }
    }

    /// A work or training situation.
    func label(_ activity: ActivitySituation) -> String {
        switch activity {
        case .jobSeekerRegistered: label(.activity, "job_seeker_registered")
        case .jobSeekerNotRegistered: label(.activity, "job_seeker_not_registered")
        case .qualifyingTraining: label(.activity, "qualifying_training")
        case .nonQualifyingTraining: label(.activity, "non_qualifying_training")
        case .selfEmployed: label(.activity, "self_employed")
        case .inactive: label(.activity, "inactive")
        case .employed(let contract): label(.activity, "employed", ["contract": label(contract)])
        }
    }

    /// A job contract.
    func label(_ contract: ContractType) -> String {
        switch contract {
        case .permanent: label(.contract, "permanent")
        case .fixedTerm(let months): label(.contract, "fixed_term", ["months": number(months)])
        case .interim: label(.contract, "interim")
        case .subsidised: label(.contract, "subsidised")
        case .apprenticeship: label(.contract, "apprenticeship")
        }
    }

    /// Who carries out a step of the plan.
    func who(_ step: SpaceStep) -> String {
        switch step.actor {
        case .caseworker: self(.stepWhoCaseworker)
        case .person: self(.stepWhoPerson)
        case .partner:
            step.partnerName.map { self(.stepWhoPartner, ["partner": $0]) } ?? self(.stepWhoPartnerUnknown)
        }
    }

    /// A certificate's or diploma's name: the certification's own name, or "French diploma".
    func label(_ kind: CertificationKind) -> String {
        switch kind {
        case .tcf: "TCF"
        case .tcfIRN: "TCF IRN"
        case .tcfANF: "TCF ANF"
        case .tef: "TEF"
        case .tefIRN: "TEF IRN"
        case .tefNaturalisation: "TEF Naturalisation"
        case .delf: "DELF"
        case .dalf: "DALF"
        case .dcl: "DCL FLE"
        case .frenchDiploma: self(.proofFrenchDiploma)
        }
    }

    /// A day and time together ("mardi 4 mars 2026 à 14 h 30").
    func when(_ start: LocalDateTime) -> String {
        self(.appointmentWhen, ["date": date(start.day, weekday: true), "time": time(start)])
    }

    /// An instant in a département's local time, as a day and time.
    func when(_ instant: Date, zone: LocalTime) -> (date: String, time: String) {
        let local = LocalDateTime(instant: instant, in: zone)
        return (date(local.day), time(local))
    }
}
