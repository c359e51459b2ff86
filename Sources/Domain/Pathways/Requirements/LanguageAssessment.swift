/// Meilleur niveau valable par compétence, toutes preuves valables confondues, à une date de dépôt.
public struct LanguageAssessment: Sendable, Equatable {
    /// Meilleur niveau par compétence ; une compétence absente n'est couverte par aucune preuve valable.
    public let bestLevels: [LanguageSkill: CEFRLevel]
    /// Premier jour où une attestation actuellement prise en compte cesse de compter ; nil si seuls des diplômes comptent.
    public let proofsValidUntil: CalendarDay?

    /// Combine les preuves qui comptent à cette date, en gardant pour chaque compétence le meilleur niveau.
    public init(proofs: [LanguageProof], on date: CalendarDay) {
        let counted = proofs.filter { $0.counts(on: date) }
        var best: [LanguageSkill: CEFRLevel] = [:]
        for proof in counted {
            for (skill, level) in proof.levels {
                best[skill] = max(best[skill] ?? level, level)
            }
        }
        bestLevels = best
        proofsValidUntil = counted.compactMap(\.stopsCountingOn).min()
    }

    /// Meilleur niveau valable pour une compétence, ou nil si aucune preuve valable ne la couvre.
    public func bestLevel(for skill: LanguageSkill) -> CEFRLevel? {
        bestLevels[skill]
    }

    /// Vrai si la compétence atteint au moins le niveau demandé.
    public func meets(_ level: CEFRLevel, in skill: LanguageSkill) -> Bool {
        guard let best = bestLevels[skill] else { return false }
        return best >= level
    }

    /// Compétences sous le niveau demandé, dans l'ordre des quatre compétences.
    public func missingSkills(for level: CEFRLevel) -> [LanguageSkill] {
        LanguageSkill.allCases.filter { !meets(level, in: $0) }
    }

    /// Vrai si les quatre compétences atteignent au moins le niveau demandé.
    public func meets(_ level: CEFRLevel) -> Bool {
        missingSkills(for: level).isEmpty
    }
}
