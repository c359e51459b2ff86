import Domain
import Foundation
import SQLKit

/// SQL for the contracts themselves: creation, reading, the draft's changes and the moves of status.
public enum ContractRecords {
    /// Adds a contract in preparation with its départements, its communes and the State as first signatory.
    public static func insert(
        id: String,
        _ contract: ContractInput.Valid,
        regionCode: String,
        prefectureOrganisationID: String?,
        stateSignatoryID: String,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO territorial_contracts (id, kind, title, status, departement_code, region_code,
                prefecture_organisation_id, prefect, starts_on, ends_on, analysis, account_id, created_at, updated_at)
            VALUES (\(bind: id), \(bind: contract.kind.rawValue), \(bind: contract.title),
                \(bind: ContractStatus.preparation.rawValue), \(bind: contract.departements[0]), \(bind: regionCode),
                \(bind: prefectureOrganisationID), \(bind: contract.prefect), \(bind: contract.period.startsOn.iso),
                \(bind: contract.period.endsOn.iso), '', \(bind: accountID), \(bind: stamp), \(bind: stamp))
            """
        ).run()
        try await replaceTerritory(
            id: id,
            departements: contract.departements,
            communes: contract.communeCodes,
            in: sql
        )
        try await sql.raw(
            """
            INSERT INTO contract_signatories (id, contract_id, position, kind, authority_kind, name, siren, signer,
                organisation_id, created_at)
            VALUES (\(bind: stateSignatoryID), \(bind: id), 0, 'etat', NULL, 'État', NULL, \(bind: contract.prefect),
                NULL, \(bind: stamp))
            """
        ).run()
    }

    /// Changes a draft's title, kind, period, prefect and territory.
    public static func updateDraft(
        id: String,
        _ contract: ContractInput.Valid,
        regionCode: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE territorial_contracts SET kind = \(bind: contract.kind.rawValue), title = \(bind: contract.title),
                departement_code = \(bind: contract.departements[0]), region_code = \(bind: regionCode), prefect = \(bind: contract.prefect),
                starts_on = \(bind: contract.period.startsOn.iso), ends_on = \(bind: contract.period.endsOn.iso),
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
        try await sql.raw(
            "UPDATE contract_signatories SET signer = \(bind: contract.prefect) WHERE contract_id = \(bind: id) AND kind = 'etat'"
        ).run()
        try await replaceTerritory(
            id: id,
            departements: contract.departements,
            communes: contract.communeCodes,
            in: sql
        )
    }

    private static func replaceTerritory(
        id: String,
        departements: [String],
        communes: [String],
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw("DELETE FROM contract_departements WHERE contract_id = \(bind: id)").run()
        try await sql.raw("DELETE FROM contract_communes WHERE contract_id = \(bind: id)").run()
        try await BatchInsert.run(
            sql,
            table: "contract_departements",
            columns: ["contract_id", "departement_code"],
            rows: departements
        ) { [id, $0] }
        try await BatchInsert.run(
            sql,
            table: "contract_communes",
            columns: ["contract_id", "commune_code"],
            rows: communes
        ) { [id, $0] }
    }

    /// Reads a contract and, on PostgreSQL, locks its row until the end of the transaction: the use cases that change
    /// it read the state that decides (its status) this way, so that two changes cannot both pass on the same state.
    public static func lock(id: String, in sql: any SQLDatabase) async throws -> ContractRecord? {
        guard
            let row = try await sql.raw(
                "SELECT * FROM territorial_contracts WHERE id = \(bind: id)" + sql.lockingRows()
            ).first()
        else { return nil }
        return try record(row, departements: try await departements(of: id, in: sql))
    }

    /// One contract.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> ContractRecord? {
        guard let row = try await sql.raw("SELECT * FROM territorial_contracts WHERE id = \(bind: id)").first() else {
            return nil
        }
        return try record(row, departements: try await departements(of: id, in: sql))
    }

    /// Every contract, by lead département then title (a few hundred at most nationally).
    public static func all(in sql: any SQLDatabase) async throws -> [ContractRecord] {
        var byContract: [String: [String]] = [:]
        for row in try await sql.raw(
            "SELECT contract_id, departement_code FROM contract_departements ORDER BY departement_code"
        ).all() {
            byContract[try row.decode(column: "contract_id", as: String.self), default: []].append(
                try row.decode(column: "departement_code", as: String.self)
            )
        }
        return try await sql.raw("SELECT * FROM territorial_contracts ORDER BY departement_code, title, id").all().map {
            try record($0, departements: byContract[try $0.decode(column: "id", as: String.self)] ?? [])
        }
    }

    /// Sets the status, and the day it changed (`signed_on`, `started_on` or `ended_on`).
    public static func setStatus(
        id: String,
        _ status: ContractStatus,
        on day: CalendarDay,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let column: String =
            switch status {
            case .preparation: "updated_at"
            case .signed: "signed_on"
            case .running: "started_on"
            case .ended: "ended_on"
            }
        try await sql.raw(
            """
            UPDATE territorial_contracts SET status = \(bind: status.rawValue), \(unsafeRaw: column) = \(bind: day.iso),
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Replaces the partners' written analysis of the shared diagnosis.
    public static func setAnalysis(id: String, _ text: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE territorial_contracts SET analysis = \(bind: text), updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// " WHERE column IN (ids)" for the given contracts, or nothing for all of them (nil).
    static func only(_ ids: [String]?, column: String) -> SQLQueryString {
        guard let ids else { return "" }
        let list = SQLList((ids.isEmpty ? [""] : ids).map { SQLBind($0) })
        return " WHERE \(unsafeRaw: column) IN (\(list))"
    }

    static func departements(of id: String, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw(
            "SELECT departement_code FROM contract_departements WHERE contract_id = \(bind: id) ORDER BY departement_code"
        ).all().map { try $0.decode(column: "departement_code", as: String.self) }
    }

    static func record(_ row: any SQLRow, departements: [String]) throws -> ContractRecord {
        let day = { (column: String) in try SkillColumns.day(row, column) }
        guard let kind = ContractKind(rawValue: try row.decode(column: "kind", as: String.self)),
            let status = ContractStatus(rawValue: try row.decode(column: "status", as: String.self)),
            let start = try day("starts_on"), let end = try day("ends_on")
        else { throw ContractDataError(id: try row.decode(column: "id", as: String.self)) }
        let lead = try row.decode(column: "departement_code", as: String.self)
        return ContractRecord(
            id: try row.decode(column: "id", as: String.self),
            kind: kind,
            title: try row.decode(column: "title", as: String.self),
            status: status,
            departement: lead,
            departements: departements.isEmpty ? [lead] : departements,
            regionCode: try row.decode(column: "region_code", as: String.self),
            prefect: try row.decode(column: "prefect", as: String.self),
            period: ContractPeriod(startsOn: start, endsOn: end),
            signedOn: try day("signed_on"),
            startedOn: try day("started_on"),
            endedOn: try day("ended_on"),
            analysis: try row.decode(column: "analysis", as: String.self)
        )
    }
}

/// A stored contract row that no longer reads (an unknown kind or status, a malformed date): a broken database.
public struct ContractDataError: Error, Sendable {
    public let id: String
}
