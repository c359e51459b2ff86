/// Applique le jeu de règles en vigueur à la date du dépôt et explique chaque condition.
public enum RequirementEngine {
    /// Évalue une demande ; lève une erreur si aucun jeu ne couvre la date ou si le titre n'y figure pas.
    public static func evaluate(
        date: CalendarDay,
        title: ResidenceTitle,
        application: ApplicationKind,
        protection: ProtectionStatus,
        proofs: [LanguageProof],
        civicExams: [CivicExamResult],
        catalogue: [RequirementRuleSet] = RequirementCatalogue.builtIn
    ) throws(RequirementEngineError) -> RequirementEvaluation {
        guard let ruleSet = RequirementCatalogue.ruleSet(at: date, in: catalogue) else {
            throw .noRuleSet(date: date)
        }
        guard let rule = ruleSet.rule(for: title) else {
            throw .noRuleForTitle(title: title, ruleVersion: ruleSet.version)
        }
        let language = LanguageAssessment(proofs: proofs, on: date)

        if application == .renewal && rule.renewalExempt {
            let exemption = RequirementCondition(
                code: RequirementConditionCode.renewalExempt,
                met: true,
                explanation: "renouvellement de \(title.frenchLabel) : ni niveau de français ni examen civique exigés"
            )
            return RequirementEvaluation(
                requiredLevel: nil,
                civicExamRequired: false,
                conditions: [exemption],
                bestLevels: language.bestLevels,
                proofsValidUntil: language.proofsValidUntil,
                ruleVersion: ruleSet.version
            )
        }

        let levelWaived = protection.isProtected && rule.protectionExemptFromLevel && rule.requiredLevel != nil
        let examWaived = protection.isProtected && rule.protectionExemptFromCivicExam && rule.civicExamRequired
        let requiredLevel = levelWaived ? nil : rule.requiredLevel
        let examRequired = rule.civicExamRequired && !examWaived

        var conditions: [RequirementCondition] = []
        if levelWaived || examWaived {
            conditions.append(
                protectionCondition(
                    rule: rule,
                    protection: protection,
                    levelWaived: levelWaived,
                    examWaived: examWaived
                )
            )
        }
        conditions += languageConditions(rule: rule, required: requiredLevel, waived: levelWaived, language: language)
        conditions.append(
            civicExamCondition(
                rule: rule,
                required: examRequired,
                waived: examWaived,
                exams: civicExams,
                date: date
            )
        )

        return RequirementEvaluation(
            requiredLevel: requiredLevel,
            civicExamRequired: examRequired,
            conditions: conditions,
            bestLevels: language.bestLevels,
            proofsValidUntil: language.proofsValidUntil,
            ruleVersion: ruleSet.version
        )
    }

    private static func protectionCondition(
        rule: TitleRule,
        protection: ProtectionStatus,
        levelWaived: Bool,
        examWaived: Bool
    ) -> RequirementCondition {
        var waived: [String] = []
        if levelWaived, let level = rule.requiredLevel { waived.append("du niveau \(level.frenchLabel)") }
        if examWaived { waived.append("de l'examen civique") }
        return RequirementCondition(
            code: RequirementConditionCode.protectionExemption,
            met: true,
            explanation: "\(protection.frenchLabel) : dispense " + waived.joined(separator: " et ")
                + " pour une première \(rule.title.frenchLabel)"
        )
    }

    private static func languageConditions(
        rule: TitleRule,
        required: CEFRLevel?,
        waived: Bool,
        language: LanguageAssessment
    ) -> [RequirementCondition] {
        guard let level = required else {
            let explanation: String
            if waived, let level = rule.requiredLevel {
                explanation = "niveau \(level.frenchLabel) non exigé : dispense au titre de la protection"
            } else if let aimed = rule.aimedLevel {
                explanation =
                    "aucun niveau de français exigé pour une première \(rule.title.frenchLabel) "
                    + "(\(aimed.frenchLabel) visé, assiduité à la formation seulement)"
            } else {
                explanation = "aucun niveau de français exigé pour une première \(rule.title.frenchLabel)"
            }
            return [
                RequirementCondition(code: RequirementConditionCode.languageLevel, met: true, explanation: explanation)
            ]
        }

        let missing = language.missingSkills(for: level)
        let overall = RequirementCondition(
            code: RequirementConditionCode.languageLevel,
            met: missing.isEmpty,
            explanation: missing.isEmpty
                ? "niveau \(level.frenchLabel) atteint dans les quatre compétences"
                : "niveau \(level.frenchLabel) non atteint en " + frenchList(missing.map(\.frenchLabel))
        )
        let perSkill = LanguageSkill.allCases.map { skill in
            let met = language.meets(level, in: skill)
            let best =
                language.bestLevel(for: skill).map { "meilleur niveau valable : \($0.frenchLabel)" }
                ?? "aucune preuve valable"
            return RequirementCondition(
                code: RequirementConditionCode.language(skill),
                met: met,
                explanation: "\(level.frenchLabel) \(met ? "atteint" : "manquant") en \(skill.frenchLabel) (\(best))"
            )
        }
        return [overall] + perSkill
    }

    private static func civicExamCondition(
        rule: TitleRule,
        required: Bool,
        waived: Bool,
        exams: [CivicExamResult],
        date: CalendarDay
    ) -> RequirementCondition {
        let code = RequirementConditionCode.civicExam
        guard required else {
            let explanation =
                waived
                ? "examen civique non exigé : dispense au titre de la protection"
                : "examen civique non exigé pour une première \(rule.title.frenchLabel) à cette date"
            return RequirementCondition(code: code, met: true, explanation: explanation)
        }
        switch CivicExamAssessment(exams: exams, title: rule.title, on: date) {
        case .passed(let exam):
            return RequirementCondition(
                code: code,
                met: true,
                explanation: "examen civique « \(exam.version.frenchLabel) » réussi le \(exam.date.french) "
                    + "avec \(exam.score)/\(CivicExamResult.questionCount)"
            )
        case .notPassed(let reason):
            return RequirementCondition(code: code, met: false, explanation: "examen civique non réussi : \(reason)")
        }
    }

    /// « a », « a et b », « a, b et c ».
    private static func frenchList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " et " + last
    }
}
