import Domain
import Persistence
import SQLKit

/// Who may do what with funding records: applicants act for their own organisation, a DDETS on its département's
/// calls, a DREETS on its région's; anything else is "not found" (never say it exists).
enum FundingAccess {
    /// The organisation kinds that apply with cerfa 12156: associations, and training providers that are
    /// associations (their courses then give the counts of people served known to Parcours).
    static let applicantKinds: Set<OrganisationKind> = [.association, .trainingProvider]

    /// The applicant's organisation, or `forbidden` for anyone else.
    static func applicant(_ actor: AccountSummary, in sql: any SQLDatabase) async throws -> Organisation {
        guard actor.role == .partenaire,
            let organisation = try await OrganisationRecords.find(id: actor.organisationID, in: sql),
            applicantKinds.contains(organisation.kind), organisation.active
        else { throw DomainError.forbidden }
        return organisation
    }

    /// Whether an agent instructs a call's applications: the DDETS of its département, the DREETS of its région for a
    /// regional call.
    static func instructs(_ actor: AccountSummary, regionCode: String, departementCode: String) -> Bool {
        switch (actor.role, actor.scope) {
        case (.prefecture, .departements(let codes)): !departementCode.isEmpty && codes.contains(departementCode)
        case (.dreets, .region(let code)): code == regionCode
        default: false
        }
    }

    /// Whether an agent may see a territory's figures (a département, or a région when `departementCode` is empty).
    static func steers(_ actor: AccountSummary, regionCode: String, departementCode: String?) -> Bool {
        switch (actor.role, actor.scope) {
        case (.national, _): true
        case (.dreets, .region(let code)): code == regionCode
        case (.prefecture, .departements(let codes)): departementCode.map(codes.contains) ?? false
        default: false
        }
    }

    /// Whether the actor manages a région's BOP: its DREETS, or national steering.
    static func managesBOP(_ actor: AccountSummary, regionCode: String) -> Bool {
        switch (actor.role, actor.scope) {
        case (.national, _): true
        case (.dreets, .region(let code)): code == regionCode
        default: false
        }
    }

    /// Refuses anyone who is not a funding agent (DDETS, DREETS).
    static func requireAgent(_ actor: AccountSummary) throws {
        guard actor.role == .prefecture || actor.role == .dreets else { throw DomainError.forbidden }
    }

    /// One field's message, as the error a use case throws.
    static func invalid(_ field: String, _ message: String) -> DomainError {
        var errors = FieldErrors()
        errors.add(field, message)
        return .invalid(errors)
    }
}
