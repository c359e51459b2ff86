import Domain
import Foundation
import Hummingbird
import OpenAPIRuntime
import Persistence
import Services

/// The JSON API: the OpenAPI document and the operations generated from it.
struct APIHandlers {
    let territories: TerritoryQueries
    let rules: RequirementRulesService
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) throws {
        routes.on(.apiSpec, use: spec)
        try API(territories: territories, rules: rules, environment: environment).registerHandlers(
            on: APITransport(routes: routes),
            serverURL: URL(string: "/")!
        )
    }

    /// The committed OpenAPI document, as served to clients and tools.
    @Sendable func spec(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw WebError.notFound
        }
        let data = try Data(contentsOf: url)
        return Response(
            status: .ok,
            headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}

/// The implementation of the operations of `openapi.yaml`.
struct API: APIProtocol {
    let territories: TerritoryQueries
    /// The stored requirement rules, as national steering last edited them.
    let rules: RequirementRulesService
    /// The use cases' environment (funding operations).
    let environment: ServiceEnvironment

    /// The authenticated account, its organisation, role and scope.
    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        guard let account = APIRequestScope.account else { throw WebError.unauthenticated(returnPath: "") }
        var departements: [String] = []
        var region: String?
        switch account.scope {
        case .departements(let codes): departements = codes
        case .region(let code): region = code
        case .nation: break
        }
        let me = Components.Schemas.Me(
            id: account.id,
            email: account.email,
            displayName: account.displayName,
            role: Components.Schemas.Me.RolePayload(rawValue: account.role.rawValue) ?? .referent,
            roleLabel: account.role.label,
            organisation: .init(id: account.organisationID, name: account.organisationName),
            scope: ScopeAnswer(kind: account.scope.kind.rawValue, departements: departements, region: region)
        )
        return .ok(.init(body: .json(me)))
    }
}

/// Says in French what made a request body undecodable, naming the field.
enum APIDecoding {
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "le champ « \((context.codingPath + [key]).map(\.stringValue).joined(separator: ".")) » manque"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty
                ? "le corps n'est pas un JSON valide" : "le champ « \(field) » n'a pas le bon type ou la bonne valeur"
        default:
            return "le corps JSON est absent ou n'a pas le type de contenu application/json"
        }
    }
}
