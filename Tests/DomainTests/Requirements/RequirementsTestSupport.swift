import Domain

/// Appel du moteur avec des valeurs par défaut : première demande, sans protection, sans preuve ni examen.
func evaluate(
    on iso: String,
    title: ResidenceTitle,
    application: ApplicationKind = .first,
    protection: ProtectionStatus = .none,
    proofs: [LanguageProof] = [],
    exams: [CivicExamResult] = [],
    catalogue: [RequirementRuleSet] = RequirementCatalogue.builtIn
) throws -> RequirementEvaluation {
    try RequirementEngine.evaluate(
        date: day(iso),
        title: title,
        application: application,
        protection: protection,
        proofs: proofs,
        civicExams: exams,
        catalogue: catalogue
    )
}

/// Niveau exigé par la loi 2024-42 pour chaque titre.
let levelFrom2026: [ResidenceTitle: CEFRLevel] = [.csp: .a2, .carteResident: .b1, .naturalisation: .b2]

/// Niveau exigé avant 2026 (aucun pour la CSP).
let levelBefore2026: [ResidenceTitle: CEFRLevel] = [.carteResident: .a2, .naturalisation: .b1]

/// Codes des quatre conditions par compétence, dans l'ordre des compétences.
let skillCodes = LanguageSkill.allCases.map(RequirementConditionCode.language)
