import Domain

extension API {
    /// The language and civic-exam requirements of a residence title or naturalisation, at a date.
    func evaluateRequirements(
        _ input: Operations.EvaluateRequirements.Input
    ) async throws
        -> Operations.EvaluateRequirements.Output
    {
        guard case .json(let request) = input.body else { throw WebError.badRequest("Le corps doit être du JSON.") }
        let date = try APIDates.day(request.date, field: "date")
        var proofs: [LanguageProof] = []
        var ignored: [Components.Schemas.Condition] = []
        for (index, proof) in (request.proofs ?? []).enumerated() {
            if let valid = try Self.proof(proof, index: index) {
                proofs.append(valid)
            } else {
                ignored.append(
                    .init(
                        code: "proof_without_level",
                        met: false,
                        explanation:
                            "La preuve n° \(index + 1) (\(proof.name)) n'indique pas de niveau : elle n'est pas prise en compte."
                    )
                )
            }
        }
        var exams: [CivicExamResult] = []
        if let exam = request.civicExam {
            guard (0...CivicExamResult.questionCount).contains(exam.score) else {
                throw WebError.badRequest("Le champ « civic_exam.score » doit être compris entre 0 et 40.")
            }
            exams.append(
                CivicExamResult(
                    version: ResidenceTitle(rawValue: exam.version.rawValue) ?? .csp,
                    date: try APIDates.day(exam.date, field: "civic_exam.date"),
                    score: exam.score,
                    fraud: exam.fraud ?? false
                )
            )
        }
        let catalogue = try await rules.catalogue()
        let evaluation: RequirementEvaluation
        do {
            evaluation = try RequirementEngine.evaluate(
                date: date,
                title: ResidenceTitle(rawValue: request.title.rawValue) ?? .csp,
                application: ApplicationKind(rawValue: request.application.rawValue) ?? .first,
                protection: ProtectionStatus(rawValue: request.protection.rawValue) ?? .none,
                proofs: proofs,
                civicExams: exams,
                catalogue: catalogue
            )
        } catch {
            // A date no rule set covers is a valid question with a clear answer, not a bad request.
            let condition = Components.Schemas.Condition(
                code: "rule_set",
                met: false,
                explanation: "Impossible d'évaluer : \(error.description)."
            )
            return .ok(
                .init(
                    body: .json(
                        RequirementsAnswer(
                            requiredLevel: nil,
                            civicExamRequired: false,
                            met: false,
                            conditions: [condition],
                            proofsValidUntil: nil,
                            ruleVersion: ""
                        )
                    )
                )
            )
        }
        let result = RequirementsAnswer(
            requiredLevel: evaluation.requiredLevel.flatMap { Components.Schemas.CEFRLevel(rawValue: $0.code) },
            civicExamRequired: evaluation.civicExamRequired,
            met: evaluation.met,
            conditions: evaluation.conditions.map { .init(code: $0.code, met: $0.met, explanation: $0.explanation) }
                + ignored,
            proofsValidUntil: evaluation.proofsValidUntil?.iso,
            ruleVersion: evaluation.ruleVersion
        )
        return .ok(.init(body: .json(result)))
    }

    /// A proof of the request as the engine's proof; nil when it gives no level, or a 400 naming a bad date.
    static func proof(_ proof: Components.Schemas.Proof, index: Int) throws -> LanguageProof? {
        let date = try APIDates.day(proof.date, field: "proofs[\(index)].date")
        let kind: LanguageProof.Kind = proof.kind == .diploma ? .diploma : .certification
        // A level sent is checked even beside per-skill levels: what the schema refuses is never silently ignored.
        let overall = try proof.level.map { try level($0, field: "proofs[\(index)].level") }
        if let levels = proof.levels {
            let field = "proofs[\(index)].levels"
            let bySkill: [LanguageSkill: CEFRLevel] = [
                .oralComprehension: try level(levels.oralComprehension, field: field + ".oral_comprehension"),
                .writtenComprehension: try level(levels.writtenComprehension, field: field + ".written_comprehension"),
                .oralExpression: try level(levels.oralExpression, field: field + ".oral_expression"),
                .writtenExpression: try level(levels.writtenExpression, field: field + ".written_expression"),
            ]
            return LanguageProof(kind: kind, name: proof.name, date: date, levels: bySkill)
        }
        guard let level = overall else { return nil }
        return kind == .diploma
            ? .diploma(proof.name, date: date, level: level) : .certification(proof.name, date: date, allSkills: level)
    }

    /// A CEFR level typed in either case, or a 400 naming the field.
    static func level(_ text: String, field: String) throws -> CEFRLevel {
        guard let level = CEFRLevel(code: text) else {
            throw WebError.badRequest(
                "Le champ « \(field) » doit être un niveau CECRL : BELOW_A1_1, A1_1, A1, A2, B1, B2, C1 ou C2 (reçu « \(text) »)."
            )
        }
        return level
    }
}
