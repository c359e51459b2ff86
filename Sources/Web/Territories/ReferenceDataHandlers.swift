import Domain
import Foundation
import Hummingbird
import Persistence

/// The territorial reference pages and the commune suggestions behind the commune picker.
struct ReferenceDataHandlers {
    let territories: TerritoryQueries

    func register(on routes: RouteRegistry) {
        routes.on(.referenceData, use: departements)
        routes.on(.communeSearch, use: communes)
        routes.on(.communeSuggestions, use: communeSuggestions)
        routes.on(.countries, use: countries)
    }

    /// Départements with their region and AGIR deployment date.
    @Sendable func departements(_ request: Request, context: AppRequestContext) async throws -> Response {
        let page = ReferenceDataPages.departements(
            try await territories.departements(),
            regions: try await territories.regions(),
            counts: try await territories.counts(),
            page: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(page)
    }

    /// Commune search by name or INSEE code, optionally within one département, with the QPV of each commune.
    @Sendable func communes(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryInput(request).text("q", kind: .search)
        let departementCode = QueryInput(request).text("departement")
        let total = try await territories.countCommunes(query, departementCode: departementCode)
        let page = Page(requested: QueryInput(request).page(), size: 20, total: total)
        var rows: [ReferenceDataPages.CommuneRow] = []
        for commune in try await territories.searchCommunes(
            query,
            departementCode: departementCode,
            limit: page.size,
            offset: page.offset
        ) {
            rows.append(.init(commune: commune, qpv: try await territories.qpv(inCommune: commune.code)))
        }
        let html = ReferenceDataPages.communes(
            query: query,
            departementCode: departementCode,
            departements: try await territories.departements(),
            rows: rows,
            page: page,
            context: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(html)
    }

    /// Up to ten communes as JSON, for the type-ahead of the commune picker, read as `CommuneQuery` reads a field
    /// (names, "St", arrondissements, codes), within a département when one is given.
    @Sendable func communeSuggestions(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = QueryInput(request)
        let departement = input.text("departement", kind: .search)
        guard let query = CommuneQuery(input.text("q", kind: .search)) else { return try Self.json([]) }
        let communes = try await territories.communes(
            matching: query,
            departements: departement.isEmpty ? nil : [departement],
            exactFirst: false,
            limit: 10
        )
        return try Self.json(communes.map { ["code": $0.code, "nom": $0.name, "libelle": $0.label] })
    }

    static func json(_ items: [[String: String]]) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes])
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// Countries and territories, fifty per page.
    @Sendable func countries(_ request: Request, context: AppRequestContext) async throws -> Response {
        let countries = try await territories.countries()
        let page = Page(requested: QueryInput(request).page(), size: 50, total: countries.count)
        return HTMLResponse.make(
            ReferenceDataPages.countries(
                countries,
                page: page,
                context: PageContext(request: request, context: context)
            )
        )
    }
}
