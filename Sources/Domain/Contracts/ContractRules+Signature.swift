/// What signing a contract depends on, read in the signing transaction.
public struct SignatureFacts: Sendable, Equatable {
    public let period: ContractPeriod
    public let communes: Int
    public let localAuthorities: Int
    public let axes: Int

    public init(period: ContractPeriod, communes: Int, localAuthorities: Int, axes: Int) {
        self.period = period
        self.communes = communes
        self.localAuthorities = localAuthorities
        self.axes = axes
    }
}

extension ContractRules {
    /// The signature day of a contract in preparation, or nil with messages: a past day within the contract's
    /// period, once the territory, at least one local authority and at least one axis are there.
    public static func signature(
        _ raw: String,
        facts: SignatureFacts,
        today: CalendarDay,
        _ errors: inout FieldErrors
    ) -> CalendarDay? {
        let before = errors.messages.count
        let signed = day(raw, field: "signedOn", label: "la date de signature", &errors)
        if let signed, signed > today {
            errors.add("signedOn", "La date de signature est dans le futur : signez le contrat le jour venu.")
        }
        if let signed, signed > facts.period.endsOn {
            errors.add(
                "signedOn",
                "La date de signature vient après la fin du contrat (\(facts.period.endsOn.french))."
            )
        }
        if facts.communes == 0 { errors.add("signedOn", "Le territoire du contrat n'a aucune commune.") }
        if facts.localAuthorities == 0 {
            errors.add("signedOn", "Ajoutez au moins une collectivité signataire avant de signer.")
        }
        if facts.axes == 0 { errors.add("signedOn", "Ajoutez au moins un axe avant de signer.") }
        return errors.messages.count == before ? signed : nil
    }

    /// The day of a move to `target` (running or ended) from `status`, or nil with a message: the move must be one
    /// the status allows, on a past day not before the signature.
    public static func statusChange(
        from status: ContractStatus,
        to target: ContractStatus?,
        day raw: String,
        signedOn: CalendarDay?,
        today: CalendarDay,
        _ errors: inout FieldErrors
    ) -> (ContractStatus, CalendarDay)? {
        guard let target, target != .signed, status.next.contains(target) else {
            errors.add("statusTarget", "Ce changement d'état n'est pas possible depuis « \(status.label) ».")
            return nil
        }
        guard let day = day(raw, field: "statusOn", label: "la date du changement", &errors) else { return nil }
        if let problem = afterSignature(day, signedOn: signedOn, today: today) {
            errors.add("statusOn", problem)
            return nil
        }
        return (target, day)
    }
}
