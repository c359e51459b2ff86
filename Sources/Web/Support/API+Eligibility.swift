import Domain
import Foundation
import Persistence

extension API {
    /// The AGIR eligibility rule at a referral date, condition by condition.
    func evaluateAgirEligibility(
        _ input: Operations.EvaluateAgirEligibility.Input
    ) async throws
        -> Operations.EvaluateAgirEligibility.Output
    {
        guard case .json(let request) = input.body else { throw WebError.badRequest("Le corps doit être du JSON.") }
        let departement = request.departement.trimmingCharacters(in: .whitespaces).uppercased()
        let departements = try await territories.departements()
        guard departements.contains(where: { $0.code == departement }) else {
            throw WebError.badRequest(
                "Le champ « departement » doit être le code d'un département qui existe, par exemple 69, 2A ou 974."
            )
        }
        // The generator turns the `null` of a nullable enum into an empty-string case; "" is not a valid value.
        if request.protection == ._empty_ {
            throw WebError.badRequest("Le champ « protection » vaut refugee, subsidiary, stateless, none ou null.")
        }
        // "none" says in words what null or an absent field says: no protection.
        let protection: ProtectionKind? =
            request.temporaryProtection == true
            ? .temporary : request.protection.flatMap { ProtectionKind(rawValue: $0.rawValue) }
        let eligibilityInput = EligibilityInput(
            referralDate: try APIDates.day(request.referralDate, field: "referral_date"),
            departementCode: departement,
            protection: protection,
            protectionDate: try request.protectionDate.map { try APIDates.day($0, field: "protection_date") },
            cirSignatureDate: try request.cirSignatureDate.map { try APIDates.day($0, field: "cir_signature_date") },
            joiningRelativeOfEligiblePerson: request.joiningRelative ?? false,
            prefectException: request.prefectException ?? false
        )
        let outcome = EligibilityRule.evaluate(eligibilityInput, departements: departements)
        let result = Components.Schemas.EligibilityResult(
            eligible: outcome.eligible,
            basis: Components.Schemas.EligibilityResult.BasisPayload(basis: outcome.basis),
            conditions: outcome.conditions.map { .init(code: $0.code, met: $0.met, explanation: $0.explanation) }
        )
        return .ok(.init(body: .json(result)))
    }
}

extension Components.Schemas.EligibilityResult.BasisPayload {
    init(basis: EligibilityOutcome.Basis) {
        switch basis {
        case .protectionHolder: self = .protectionHolder
        case .joiningRelative: self = .joiningRelative
        case .prefectException: self = .prefectException
        case .none: self = .none
        }
    }
}

/// Dates of API requests: `YYYY-MM-DD`, or a 400 naming the field.
enum APIDates {
    static func day(_ text: String, field: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else {
            throw WebError.badRequest(
                "Le champ « \(field) » doit être une date réelle au format AAAA-MM-JJ (reçu « \(text) »)."
            )
        }
        return day
    }
}
