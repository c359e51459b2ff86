extension MonthlyActivity {
    /// Referral decisions, as the count needs them.
    public struct ReferralFact: Sendable {
        public let referralDate: CalendarDay
        public let accepted: Bool?
        public let decidedOn: CalendarDay?

        public init(referralDate: CalendarDay, accepted: Bool?, decidedOn: CalendarDay?) {
            self.referralDate = referralDate
            self.accepted = accepted
            self.decidedOn = decidedOn
        }
    }

    /// Household milestones, as the count needs them.
    public struct HouseholdFact: Sendable {
        public let referralDate: CalendarDay?
        public let cirSignatureDate: CalendarDay?
        public let welcomeInterview: CalendarDay
        public let contractSigned: CalendarDay?
        public let exitDay: CalendarDay?
        public let exitReason: String?
        public let positiveExit: Bool

        public init(
            referralDate: CalendarDay?,
            cirSignatureDate: CalendarDay?,
            welcomeInterview: CalendarDay,
            contractSigned: CalendarDay?,
            exitDay: CalendarDay?,
            exitReason: String?,
            positiveExit: Bool
        ) {
            self.referralDate = referralDate
            self.cirSignatureDate = cirSignatureDate
            self.welcomeInterview = welcomeInterview
            self.contractSigned = contractSigned
            self.exitDay = exitDay
            self.exitReason = exitReason
            self.positiveExit = positiveExit
        }
    }

    /// Counts the month from the facts.
    public mutating func count(referrals: [ReferralFact], households: [HouseholdFact], contactDays: [CalendarDay]) {
        for referral in referrals {
            if contains(referral.referralDate) { referralsReceived += 1 }
            if contains(referral.decidedOn) {
                if referral.accepted == true { referralsAccepted += 1 }
                if referral.accepted == false { referralsDeclined += 1 }
            }
            let decidedBeforeEnd = referral.decidedOn.map { $0 <= last } ?? false
            if referral.referralDate <= last && !decidedBeforeEnd { referralsPendingAtEnd += 1 }
        }
        var delays: [Int] = []
        for household in households {
            if contains(household.welcomeInterview) {
                welcomeInterviews += 1
                if let referral = household.referralDate {
                    delays.append(referral.days(to: household.welcomeInterview))
                }
            }
            if contains(household.contractSigned), let signed = household.contractSigned {
                contractsSigned += 1
                if let cir = household.cirSignatureDate,
                    signed <= SupportDeadlines.commitmentContractDue(cirSignature: cir)
                {
                    contractsOnTime += 1
                }
            }
            if household.welcomeInterview <= last && (household.exitDay.map { $0 > last } ?? true) {
                inSupportAtEnd += 1
            }
            if contains(household.exitDay) {
                exitsByReason[household.exitReason ?? "other", default: 0] += 1
                if household.positiveExit { positiveExits += 1 }
            }
        }
        contacts = contactDays.filter { contains($0) }.count
        medianDaysToWelcome = Self.median(delays)
    }

    /// The median of whole numbers, rounded down between the two middle values; nil when there are none.
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
