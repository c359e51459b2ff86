import SQLKit

/// Loads régions, départements, communes, QPV, countries and AGIR deployment dates from the shipped files. Those files
/// are this migration's data: they never change (a test holds their SHA-256); newer reference data comes with a new
/// migration and its own files.
let m002ReferenceData = Migration(2, "reference_data") { sql, _ in
    let data = M002ReferenceFiles.shared
    let deployedOn = Dictionary(
        uniqueKeysWithValues: data.deployments.map { ($0["code_departement"], $0["deploye_le"]) }
    )
    try await BatchInsert.run(sql, table: "regions", columns: ["code", "name", "overseas"], rows: data.regions) {
        [$0["code_region"], $0["nom_region"], $0["outre_mer"] == "true"]
    }
    try await BatchInsert.run(
        sql,
        table: "departements",
        columns: ["code", "name", "name_search", "region_code", "overseas", "agir_deployed_on"],
        rows: data.departements
    ) {
        [
            $0["code_departement"], $0["nom_departement"], FrozenText.fold($0["nom_departement"]), $0["code_region"],
            $0["outre_mer"] == "true", deployedOn[$0["code_departement"]],
        ]
    }
    try await BatchInsert.run(
        sql,
        table: "communes",
        columns: ["code", "name", "name_search", "kind", "departement_code", "parent_code", "population"],
        rows: data.communes
    ) {
        [
            $0["code_insee"], $0["nom"], FrozenText.fold($0["nom"]), $0["type"], $0["code_departement"],
            $0["code_commune_parente"].isEmpty ? nil : $0["code_commune_parente"], Int($0["population_municipale"]),
        ]
    }
    try await BatchInsert.run(
        sql,
        table: "qpv",
        columns: ["code", "name", "departement_code", "epci_name"],
        rows: data.qpv
    ) {
        [$0["code_qpv"], $0["nom_qpv"], $0["code_departement"], $0["nom_epci"]]
    }
    let links = data.qpv.flatMap { row in
        Set(row["codes_insee_communes"].split(separator: ";")).sorted().map { (row["code_qpv"], String($0)) }
    }
    try await BatchInsert.run(sql, table: "qpv_communes", columns: ["qpv_code", "commune_code"], rows: links) {
        [$0.0, $0.1]
    }
    try await BatchInsert.run(
        sql,
        table: "countries",
        columns: ["code", "alpha3", "name", "name_search", "insee_code"],
        rows: data.countries
    ) {
        [
            $0["iso_alpha2"], $0["iso_alpha3"], $0["nom_fr"], FrozenText.fold($0["nom_fr"]),
            $0["code_pays_insee"].isEmpty ? nil : $0["code_pays_insee"],
        ]
    }
}
