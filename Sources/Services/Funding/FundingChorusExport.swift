import Domain
import Foundation
import Persistence

/// The commitments and payments of a territory as a file for the State's financial system (Chorus): one row per
/// commitment and one per payment, columns documented in docs/funding.md.
public struct FundingChorusExport: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The header, then the rows.
    public static let header = [
        "type", "numero_subvention", "siret", "beneficiaire", "programme", "domaine_fonctionnel", "bop_region", "uo",
        "sous_action", "annee_ligne", "numero_ej", "numero_dp", "nature", "montant", "date",
    ]

    /// Rows of every committed grant of the steering's territory (all years) and of their payments.
    public func rows(_ steering: FundingSteering) async throws -> [[String]] {
        let filter: LineFilter =
            switch steering.scope {
            case .nation: LineFilter(year: nil)
            case .region(let code): LineFilter(year: nil, regionCode: code)
            case .departement(let code): LineFilter(year: nil, departementCode: code)
            }
        return try await environment.database.read { sql in
            var rows = [Self.header]
            for grant in try await FundingSteeringQueries.grants(filter, in: sql) {
                guard
                    let commitment = try await FundingMoneyRecords.commitment(
                        applicationID: grant.applicationID,
                        in: sql
                    )
                else { continue }
                let common = [
                    grant.number, grant.siret ?? "", grant.organisationName, "0104",
                    "0104-\(grant.action.rawValue)", grant.regionCode, grant.lineDepartementCode,
                    grant.subAction.rawValue,
                    String(grant.callYear),
                ]
                rows.append(
                    ["engagement"] + common + [
                        commitment.legalNumber, "", commitment.legalAct,
                        commitment.amount.decimal, commitment.committedOn.iso,
                    ]
                )
                for payment in try await FundingMoneyRecords.payments(applicationID: grant.applicationID, in: sql) {
                    rows.append(
                        ["paiement"] + common + [
                            commitment.legalNumber, payment.requestNumber ?? "",
                            payment.kind.rawValue, payment.amount.decimal, payment.paidOn.iso,
                        ]
                    )
                }
            }
            return rows
        }
    }
}
