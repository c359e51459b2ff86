import Foundation

/// An intercommunal body (EPCI, or an EPT of Greater Paris) of the QPV reference list, with its QPV and their
/// communes: the generator draws the local authorities of its synthetic contracts from it.
public struct SeedEPCI: Sendable, Equatable {
    public let siren: String
    public let name: String
    public let departement: String
    public let qpv: [String]
    public let communes: [String]
}

extension SeedReference {
    /// The EPCI of the QPV list, most QPV first (ties by SIREN), each in the département of its first QPV, with only
    /// the communes of the commune reference: the QPV list (2024) still names communes merged since (Pierrefitte-sur-
    /// Seine, 93059, into Saint-Denis, 93066, on 1 January 2025), which the COG 2026 no longer has.
    public static func epcis() -> [SeedEPCI] {
        let known = Set(M002ReferenceFiles.shared.communes.map { $0["code_insee"] })
        var order: [String] = []
        var byKey: [String: (name: String, departement: String, qpv: [String], communes: Set<String>)] = [:]
        for row in M002ReferenceFiles.shared.qpv {
            let siren = row["siren_epci"]
            guard !siren.isEmpty else { continue }
            if byKey[siren] == nil {
                order.append(siren)
                byKey[siren] = (row["nom_epci"], row["code_departement"], [], [])
            }
            byKey[siren]?.qpv.append(row["code_qpv"])
            byKey[siren]?.communes.formUnion(
                row["codes_insee_communes"].split(separator: ";").map(String.init).filter(known.contains)
            )
        }
        return order.compactMap { siren in
            byKey[siren].map {
                SeedEPCI(
                    siren: siren,
                    name: $0.name,
                    departement: $0.departement,
                    qpv: $0.qpv,
                    communes: $0.communes.sorted()
                )
            }
        }.sorted { ($0.qpv.count, $1.siren) > ($1.qpv.count, $0.siren) }
    }
}
