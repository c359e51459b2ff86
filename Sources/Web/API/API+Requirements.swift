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
        let proofs = try (request.proofs ?? []).enumerated().map { index, proof in try Self.proof(proof, index: index) }
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
        let evaluation: RequirementEvaluation
        do {
            evaluation = try RequirementEngine.evaluate(
                date: date,
                title: ResidenceTitle(rawValue: request.title.rawValue) ?? .csp,
                application: ApplicationKind(rawValue: request.application.rawValue) ?? .first,
                protection: ProtectionStatus(rawValue: request.protection.rawValue) ?? .none,
                proofs: proofs,
                civicExams: exams
            )
        } catch {
            throw WebError.badRequest("Le champ « date » : \(error.localizedDescription)")
        }
        let result = Components.Schemas.RequirementsResult(
            requiredLevel: evaluation.requiredLevel.flatMap { Components.Schemas.CEFRLevel(rawValue: $0.rawValue) },
            civicExamRequired: evaluation.civicExamRequired,
            met: evaluation.met,
            conditions: evaluation.conditions.map { .init(code: $0.code, met: $0.met, explanation: $0.explanation) },
            proofsValidUntil: evaluation.proofsValidUntil?.iso,
            ruleVersion: evaluation.ruleVersion
        )
        return .ok(.init(body: .json(result)))
    }

    /// A proof of the request as the engine's proof, or a 400 naming the field.
    static func proof(_ proof: Components.Schemas.Proof, index: Int) throws -> LanguageProof {
        let field = "proofs[\(index)]"
        let date = try APIDates.day(proof.date, field: "\(field).date")
        let level = proof.level.flatMap { CEFRLevel(rawValue: $0.rawValue) }
        if let levels = proof.levels {
            var bySkill: [LanguageSkill: CEFRLevel] = [:]
            bySkill[.oralComprehension] = CEFRLevel(rawValue: levels.oralComprehension.rawValue)
            bySkill[.writtenComprehension] = CEFRLevel(rawValue: levels.writtenComprehension.rawValue)
            bySkill[.oralExpression] = CEFRLevel(rawValue: levels.oralExpression.rawValue)
            bySkill[.writtenExpression] = CEFRLevel(rawValue: levels.writtenExpression.rawValue)
            let kind: LanguageProof.Kind = proof.kind == .diploma ? .diploma : .certification
            return LanguageProof(kind: kind, name: proof.name, date: date, levels: bySkill)
        }
        switch (proof.kind, level) {
        case (.diploma, let level?): return .diploma(proof.name, date: date, level: level)
        case (.diploma, nil):
            throw WebError.badRequest("Le champ « \(field).level » est obligatoire pour un diplôme.")
        case (.certification, _):
            throw WebError.badRequest(
                "Le champ « \(field).levels » (niveau par compétence) est obligatoire pour une certification."
            )
        }
    }
}
