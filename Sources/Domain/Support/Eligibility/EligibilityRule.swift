/// The AGIR eligibility rule (DESIGN §4), judged at the referral date.
///
/// Decisions taken from the sources:
/// - Temporary protection (Ukraine) is never eligible, not as a joining relative and not on the
///   prefect's exception either: the sources exclude temporary-protection holders from AGIR as a public,
///   and the exception widens AGIR to publics "obtaining or having obtained protection" within the
///   programme for refugees, not to a public the programme explicitly leaves out.
/// - The prefect's exception makes the person eligible whatever the other conditions (territory included);
///   the basis is `.prefectException` only when the exception is needed, otherwise the general case or
///   the joining-relative case is reported.
/// - A protection obtained after the referral date does not count: the person must already be a
///   beneficiary of protection on the referral date.
/// - A joining relative needs neither protection nor CIR, but the département must be covered and deployed.
/// - The département code is trimmed and upper-cased ("2a" → "2A") before both lookups.
/// - Participation is voluntary and is not a condition.
public enum EligibilityRule {
    /// Evaluates eligibility; `deployment` gives a département's AGIR deployment date (nil: never),
    /// `isCovered` whether it belongs to the AGIR territory.
    public static func evaluate(
        _ input: EligibilityInput,
        deployment: (String) -> CalendarDay?,
        isCovered: (String) -> Bool
    ) -> EligibilityOutcome {
        let referral = input.referralDate
        let code = normalised(input.departementCode)
        let isTemporary = input.protection == .temporary
        let relativeApplies = input.joiningRelativeOfEligiblePerson && !isTemporary
        let notRequired = relativeApplies ? " Condition non exigée pour un rejoignant." : ""

        let protectionType = protectionTypeCondition(input.protection, suffix: notRequired)
        let protectionRecent = protectionRecentCondition(input.protectionDate, referral: referral, suffix: notRequired)
        let cirSigned = cirCondition(input.cirSignatureDate, referral: referral, suffix: notRequired)
        let covered = coveredCondition(code, covered: isCovered(code))
        let deployed = deployedCondition(code, deployedOn: deployment(code), referral: referral)
        let relative = relativeCondition(input.joiningRelativeOfEligiblePerson, temporary: isTemporary)
        let exception = exceptionCondition(input.prefectException, temporary: isTemporary)

        let territory = covered.met && deployed.met
        let basis: EligibilityOutcome.Basis
        if protectionType.met && protectionRecent.met && cirSigned.met && territory {
            basis = .protectionHolder
        } else if relative.met && territory {
            basis = .joiningRelative
        } else if exception.met {
            basis = .prefectException
        } else {
            basis = .none
        }
        return EligibilityOutcome(
            basis: basis,
            conditions: [protectionType, protectionRecent, cirSigned, covered, deployed, relative, exception],
            referralDate: referral
        )
    }

    /// Whether a département code is in metropolitan France outside Corsica: 01–95 except 20; 2A, 2B and 971–976 are not.
    public static func metropolitanExceptCorsica(_ code: String) -> Bool {
        let code = normalised(code)
        guard code.utf8.count == 2, code.utf8.allSatisfy({ (48...57).contains($0) }),
            let number = BoundedInteger.parse(code, in: 0...99)
        else {
            return false
        }
        // "20" is no longer a département code, and Corsica (2A/2B) is outside AGIR; both fail here.
        return (1...95).contains(number) && number != 20
    }

    /// The first day from which a protection counts: 1 January of the year before the referral year.
    public static func protectionCutoff(referral: CalendarDay) -> CalendarDay {
        CalendarDay.firstOfJanuary(referral.year - 1)
    }

    private static func normalised(_ code: String) -> String {
        code.trimmingWhitespace().uppercased()
    }

    private static func verdict(_ met: Bool) -> String {
        met ? "condition remplie." : "condition non remplie."
    }

    private static func protectionTypeCondition(_ protection: ProtectionKind?, suffix: String) -> EligibilityCondition {
        guard let protection else {
            return EligibilityCondition(
                .protectionType,
                met: false,
                explanation:
                    "Aucune protection renseignée (réfugié, protection subsidiaire ou apatride attendu) : condition non remplie."
                    + suffix
            )
        }
        if protection == .temporary {
            return EligibilityCondition(
                .protectionType,
                met: false,
                explanation:
                    "Protection temporaire (Ukraine) : exclue d'AGIR, y compris pour un rejoignant ou sur exception du préfet ; condition non remplie."
            )
        }
        return EligibilityCondition(
            .protectionType,
            met: true,
            explanation:
                "Protection reconnue : \(protection.label) ; condition remplie." + suffix
        )
    }

    private static func protectionRecentCondition(
        _ date: CalendarDay?,
        referral: CalendarDay,
        suffix: String
    ) -> EligibilityCondition {
        let cutoff = protectionCutoff(referral: referral)
        guard let date else {
            return EligibilityCondition(
                .protectionRecent,
                met: false,
                explanation:
                    "Date d'obtention de la protection non renseignée (à partir du \(cutoff.french) attendu) : condition non remplie."
                    + suffix
            )
        }
        if date > referral {
            return EligibilityCondition(
                .protectionRecent,
                met: false,
                explanation:
                    "Protection obtenue le \(date.french), après la date d'orientation du \(referral.french) : condition non remplie."
                    + suffix
            )
        }
        let met = date >= cutoff
        let position = met ? "à partir du" : "avant le"
        return EligibilityCondition(
            .protectionRecent,
            met: met,
            explanation:
                "Protection obtenue le \(date.french), \(position) \(cutoff.french) : \(verdict(met))" + suffix
        )
    }

    private static func cirCondition(
        _ date: CalendarDay?,
        referral: CalendarDay,
        suffix: String
    ) -> EligibilityCondition {
        guard let date else {
            return EligibilityCondition(
                .cirSigned,
                met: false,
                explanation:
                    "CIR non signé à la date d'orientation du \(referral.french) : condition non remplie." + suffix
            )
        }
        let met = date <= referral
        let position = met ? "au plus tard à" : "après"
        return EligibilityCondition(
            .cirSigned,
            met: met,
            explanation:
                "CIR signé le \(date.french), \(position) la date d'orientation du \(referral.french) : \(verdict(met))"
                + suffix
        )
    }

    private static func coveredCondition(_ code: String, covered: Bool) -> EligibilityCondition {
        let position = covered ? "dans le" : "hors du"
        return EligibilityCondition(
            .departementCovered,
            met: covered,
            explanation:
                "Département \(code) \(position) territoire couvert par AGIR : \(verdict(covered))"
        )
    }

    private static func deployedCondition(
        _ code: String,
        deployedOn: CalendarDay?,
        referral: CalendarDay
    ) -> EligibilityCondition {
        guard let deployedOn else {
            return EligibilityCondition(
                .departementDeployed,
                met: false,
                explanation:
                    "AGIR n'est pas déployé dans le département \(code) à la date d'orientation du \(referral.french) : condition non remplie."
            )
        }
        let met = deployedOn <= referral
        let position = met ? "au plus tard à" : "après"
        return EligibilityCondition(
            .departementDeployed,
            met: met,
            explanation:
                "AGIR déployé dans le département \(code) le \(deployedOn.french), \(position) la date d'orientation du \(referral.french) : \(verdict(met))"
        )
    }

    private static func relativeCondition(_ declared: Bool, temporary: Bool) -> EligibilityCondition {
        if !declared {
            return EligibilityCondition(
                .joiningRelative,
                met: false,
                explanation:
                    "Pas déclaré comme rejoignant d'une personne éligible : condition non remplie."
            )
        }
        if temporary {
            return EligibilityCondition(
                .joiningRelative,
                met: false,
                explanation:
                    "Rejoignant d'une personne éligible, mais sous protection temporaire, exclue d'AGIR : condition non remplie."
            )
        }
        return EligibilityCondition(
            .joiningRelative,
            met: true,
            explanation:
                "Rejoignant d'une personne éligible (protection et CIR non exigés, département couvert et déployé requis) : condition remplie."
        )
    }

    private static func exceptionCondition(_ recorded: Bool, temporary: Bool) -> EligibilityCondition {
        if !recorded {
            return EligibilityCondition(
                .prefectException,
                met: false,
                explanation:
                    "Aucune exception sur instruction du préfet avec accord de l'OFII : condition non remplie."
            )
        }
        if temporary {
            return EligibilityCondition(
                .prefectException,
                met: false,
                explanation:
                    "Exception sur instruction du préfet avec accord de l'OFII enregistrée, mais inapplicable à la protection temporaire, exclue d'AGIR : condition non remplie."
            )
        }
        return EligibilityCondition(
            .prefectException,
            met: true,
            explanation:
                "Exception sur instruction du préfet avec accord de l'OFII (éligible quelles que soient les autres conditions) : condition remplie."
        )
    }
}

extension String {
    // Foundation's trimming would pull in CharacterSet; a Character test is enough here.
    fileprivate func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
