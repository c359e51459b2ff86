import Domain

extension SpaceText.Family {
    /// Every code of the family that a page may ask for; the catalogue test checks each has its text in every
    /// language, and that the catalogues hold no other key.
    var codes: [String] {
        switch self {
        case .month: (1...12).map(String.init)
        case .weekday: (1...7).map(String.init)
        case .problem: SpaceProblem.allCases.map(\.rawValue)
        case .document: DocumentToBring.allCases.map(\.rawValue)
        case .domain: DiagnosisDomain.allCases.filter { !$0.isRestricted }.map(\.rawValue)
        case .right: RightKind.allCases.map(\.rawValue)
        case .housing: HousingSituation.allCases.map(\.rawValue)
        case .activity:
            [
                "job_seeker_registered", "job_seeker_not_registered", "qualifying_training", "non_qualifying_training",
                "employed", "self_employed", "inactive",
            ]
        case .contract: ["permanent", "fixed_term", "interim", "subsidised", "apprenticeship"]
        case .skill: LanguageSkill.allCases.map(\.rawValue)
        case .level: [CEFRLevel.belowA1_1.rawValue]
        case .title: ResidenceTitle.allCases.map(\.rawValue)
        case .enrolment: EnrolmentStatus.allCases.map(\.rawValue)
        case .appointmentStatus: AppointmentStatus.allCases.map(\.rawValue)
        case .slot: CourseSlot.allCases.map(\.rawValue)
        case .role: Role.allCases.map(\.rawValue)
        case .action: ["read", "health", "details", "pathway", "support", "space", "messages", "other"]
        case .field:
            [
                "names", "usual", "birth", "nationality", "protection", "agdref", "languages", "phone", "email",
                "ofpra", "caf", "france_travail", "social_security", "organisation", "caseworker", "members", "opened",
                "activated", "language",
            ]
        case .protection: ProtectionKind.allCases.map(\.rawValue)
        }
    }
}
