import Domain
import Foundation
import Persistence
import Services

extension API {
    /// The published calls for projects, for anyone.
    func listFundingCalls(_ input: Operations.ListFundingCalls.Input) async throws -> Operations.ListFundingCalls.Output
    {
        let calls = try await FundingCallService(environment: environment).published()
        return .ok(
            .init(
                body: .json(
                    calls.map { call in
                        Components.Schemas.FundingCall(
                            id: call.id,
                            title: call.content.title,
                            service: call.organisationName,
                            region: call.regionCode,
                            departement: call.departementCode,
                            year: call.year,
                            tags: call.content.tags.map(\.rawValue),
                            audience: call.content.audience,
                            opensOn: call.content.opensOn.iso,
                            closesOn: call.content.closesOn.iso,
                            criteria: call.content.criteria.map { .init(label: $0.label, weight: $0.weight) },
                            documents: call.content.documents.map(\.rawValue)
                        )
                    }
                )
            )
        )
    }

    /// Every application and grant of one SIRET, for steering roles.
    func listOrganisationGrants(
        _ input: Operations.ListOrganisationGrants.Input
    ) async throws
        -> Operations.ListOrganisationGrants.Output
    {
        guard let account = APIRequestScope.account else { throw WebError.unauthenticated(returnPath: "") }
        guard SteeringRoles().admits(account.role) else { throw WebError.forbidden }
        let grants: [GrantReference]
        do {
            grants = try await FundingGrantDirectory(environment: environment).grants(siret: input.path.siret)
        } catch DomainError.invalid {
            throw WebError.badRequest(
                "Le SIRET « \(input.path.siret.prefix(20)) » est invalide : 14 chiffres dont la clé de contrôle est juste."
            )
        }
        return .ok(
            .init(
                body: .json(
                    grants.map { grant in
                        Components.Schemas.Grant(
                            number: grant.number,
                            title: grant.title,
                            organisation: grant.organisationName,
                            siret: grant.siret,
                            year: grant.year,
                            region: grant.regionCode,
                            departement: grant.departementCode,
                            status: Components.Schemas.Grant.StatusPayload(rawValue: grant.status.rawValue) ?? .deposee,
                            requestedCents: Int64(grant.requested.cents),
                            grantedCents: grant.granted.map { Int64($0.cents) },
                            tags: grant.tags.map(\.rawValue)
                        )
                    }
                )
            )
        )
    }

    /// A line's execution, for the steering roles of its territory.
    func getLineExecution(_ input: Operations.GetLineExecution.Input) async throws -> Operations.GetLineExecution.Output
    {
        guard let account = APIRequestScope.account else { throw WebError.unauthenticated(returnPath: "") }
        guard SteeringRoles().admits(account.role) else { throw WebError.forbidden }
        let line = try await FundingLineService(environment: environment).line(id: input.path.id, actor: account)
        let execution = line.execution
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: line.id,
                        year: line.year,
                        region: line.regionCode,
                        uo: line.departementCode,
                        action: line.action.rawValue,
                        subAction: line.subAction.rawValue,
                        label: line.label,
                        allocationCents: Int64(execution.allocation.cents),
                        reserveBasisPoints: execution.reserveBasisPoints,
                        reserveCents: Int64(execution.reserve.cents),
                        programmedCents: Int64(execution.programmed.cents),
                        committedCents: Int64(execution.committed.cents),
                        paidCents: Int64(execution.paid.cents),
                        remainingToPayCents: Int64(execution.remainingToPay.cents),
                        availableCents: Int64(execution.available.cents)
                    )
                )
            )
        )
    }
}
