import Domain
import Foundation
import SQLKit

/// SQL for what a contract is made of: its signatories, axes and actions (with the QPV each serves).
public enum ContractStructureRecords {
    /// Adds a local authority as signatory, after those already there.
    public static func insertSignatory(
        id: String,
        contractID: String,
        _ signatory: SignatoryInput.Valid,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_signatories (id, contract_id, position, kind, authority_kind, name, siren, signer,
                organisation_id, created_at)
            VALUES (\(bind: id), \(bind: contractID), \(nextPosition("contract_signatories", contractID)), 'collectivite',
                \(bind: signatory.authorityKind.rawValue), \(bind: signatory.name), \(bind: signatory.siren),
                \(bind: signatory.signer), \(bind: signatory.organisationID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Adds an axis after the others.
    public static func insertAxis(
        id: String,
        contractID: String,
        _ axis: AxisInput.Valid,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_axes (id, contract_id, position, domain, title, created_at)
            VALUES (\(bind: id), \(bind: contractID), \(nextPosition("contract_axes", contractID)),
                \(bind: axis.domain.rawValue), \(bind: axis.title), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Adds an action after the others, with the QPV it serves.
    public static func insertAction(
        id: String,
        contractID: String,
        _ action: ContractActionInput.Valid,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_actions (id, contract_id, axis_id, position, title, lead_organisation_id, lead_name,
                partners, audience, starts_on, ends_on, account_id, created_at)
            VALUES (\(bind: id), \(bind: contractID), \(bind: action.axisID),
                \(nextPosition("contract_actions", contractID)), \(bind: action.title),
                \(bind: action.leadOrganisationID), \(bind: action.leadName), \(bind: action.partners),
                \(bind: action.audience), \(bind: action.startsOn.iso), \(bind: action.endsOn.iso), \(bind: accountID),
                \(bind: Timestamp.format(now)))
            """
        ).run()
        try await BatchInsert.run(
            sql,
            table: "contract_action_qpv",
            columns: ["action_id", "qpv_code", "contract_id"],
            rows: action.qpv
        ) { [id, $0, contractID] }
    }

    /// The next position in a contract's list: one more than the largest, 1 for the first.
    static func nextPosition(_ table: String, _ contractID: String) -> SQLQueryString {
        "(SELECT COALESCE(MAX(position), 0) + 1 FROM \(unsafeRaw: table) WHERE contract_id = \(bind: contractID))"
    }

    /// A contract's signatories, the State first.
    public static func signatories(contractID: String, in sql: any SQLDatabase) async throws -> [ContractSignatory] {
        try await sql.raw(
            "SELECT * FROM contract_signatories WHERE contract_id = \(bind: contractID) ORDER BY position, id"
        ).all().map(signatory)
    }

    /// The signatories of several contracts, by contract.
    public static func signatories(
        contracts ids: [String],
        in sql: any SQLDatabase
    ) async throws
        -> [String: [ContractSignatory]]
    {
        guard !ids.isEmpty else { return [:] }
        var byContract: [String: [ContractSignatory]] = [:]
        for row in try await sql.raw(
            """
            SELECT * FROM contract_signatories WHERE contract_id IN (\(SQLList(ids.map { SQLBind($0) })))
            ORDER BY contract_id, position, id
            """
        ).all() {
            byContract[try row.decode(column: "contract_id", as: String.self), default: []].append(try signatory(row))
        }
        return byContract
    }

    static func signatory(_ row: any SQLRow) throws -> ContractSignatory {
        ContractSignatory(
            id: try row.decode(column: "id", as: String.self),
            authorityKind: try row.decode(column: "authority_kind", as: String?.self).flatMap(
                LocalAuthorityKind.init(rawValue:)
            ),
            name: try row.decode(column: "name", as: String.self),
            siren: try row.decode(column: "siren", as: String?.self),
            signer: try row.decode(column: "signer", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String?.self)
        )
    }

    /// The axes of the given contracts (all when nil), in order, by contract.
    public static func axes(contracts ids: [String]?, in sql: any SQLDatabase) async throws -> [String: [ContractAxis]]
    {
        let filter = ContractRecords.only(ids, column: "contract_id")
        var byContract: [String: [ContractAxis]] = [:]
        for row in try await sql.raw("SELECT * FROM contract_axes" + filter + " ORDER BY contract_id, position").all() {
            guard let domain = IntegrationDomain(rawValue: try row.decode(column: "domain", as: String.self)) else {
                continue
            }
            byContract[try row.decode(column: "contract_id", as: String.self), default: []].append(
                ContractAxis(
                    id: try row.decode(column: "id", as: String.self),
                    position: try row.decode(column: "position", as: Int.self),
                    domain: domain,
                    title: try row.decode(column: "title", as: String.self)
                )
            )
        }
        return byContract
    }

    /// The actions of the given contracts (all when nil), in order, with the QPV each serves.
    public static func actions(contracts ids: [String]?, in sql: any SQLDatabase) async throws -> [ContractActionRecord]
    {
        let filter = ContractRecords.only(ids, column: "contract_id")
        var served: [String: [String]] = [:]
        let qpvQuery: SQLQueryString =
            "SELECT action_id, qpv_code FROM contract_action_qpv" + filter + " ORDER BY qpv_code"
        for row in try await sql.raw(qpvQuery).all() {
            served[try row.decode(column: "action_id", as: String.self), default: []].append(
                try row.decode(column: "qpv_code", as: String.self)
            )
        }
        let query: SQLQueryString = "SELECT * FROM contract_actions" + filter + " ORDER BY contract_id, position"
        return try await sql.raw(query).all().map { row in
            let id = try row.decode(column: "id", as: String.self)
            guard let start = try SkillColumns.day(row, "starts_on"), let end = try SkillColumns.day(row, "ends_on")
            else { throw ContractDataError(id: id) }
            return ContractActionRecord(
                id: id,
                contractID: try row.decode(column: "contract_id", as: String.self),
                axisID: try row.decode(column: "axis_id", as: String.self),
                position: try row.decode(column: "position", as: Int.self),
                title: try row.decode(column: "title", as: String.self),
                leadOrganisationID: try row.decode(column: "lead_organisation_id", as: String?.self),
                leadName: try row.decode(column: "lead_name", as: String.self),
                partners: try row.decode(column: "partners", as: String.self),
                audience: try row.decode(column: "audience", as: String.self),
                startsOn: start,
                endsOn: end,
                qpv: served[id] ?? []
            )
        }
    }

    /// The contract an action belongs to, or nil.
    public static func contractOfAction(_ actionID: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT contract_id FROM contract_actions WHERE id = \(bind: actionID)").first()?.decode(
            column: "contract_id",
            as: String.self
        )
    }

    /// Who takes part in a contract, for the access rules.
    public static func parties(of contract: ContractRecord, in sql: any SQLDatabase) async throws -> ContractParties {
        let signatories = try await sql.raw(
            """
            SELECT organisation_id FROM contract_signatories
            WHERE contract_id = \(bind: contract.id) AND organisation_id IS NOT NULL
            """
        ).all().map { try $0.decode(column: "organisation_id", as: String.self) }
        let leads = try await sql.raw(
            """
            SELECT DISTINCT lead_organisation_id FROM contract_actions
            WHERE contract_id = \(bind: contract.id) AND lead_organisation_id IS NOT NULL
            """
        ).all().map { try $0.decode(column: "lead_organisation_id", as: String.self) }
        return ContractParties(
            departements: contract.departements,
            regionCode: contract.regionCode,
            signatoryOrganisations: Set(signatories),
            leadOrganisations: Set(leads)
        )
    }

    /// The contracts an organisation signed or leads an action of.
    public static func contracts(ofOrganisation id: String, in sql: any SQLDatabase) async throws -> Set<String> {
        let rows = try await sql.raw(
            """
            SELECT contract_id FROM contract_signatories WHERE organisation_id = \(bind: id)
            UNION SELECT contract_id FROM contract_actions WHERE lead_organisation_id = \(bind: id)
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "contract_id", as: String.self) })
    }
}
