import Domain
import Foundation
import Hummingbird
import Persistence
import SafeHTML
import Services

extension FundingHandlers {
    func registerSteering(on routes: RouteRegistry) {
        let steering = FundingSteeringService(environment: environment)
        routes.on(.funding(.steering)) { request, context in
            let scope = try steering.home(actor: try context.requireAccount(request))
            return Response.redirect(to: SteeringPage.link(scope), type: .normal)
        }
        for route in [
            FundingRoute.steeringNation, .steeringRegion(SiteRoute.sample), .steeringDepartement(SiteRoute.sample),
        ] {
            routes.on(.funding(route)) { request, context in
                let scope: FundingSteering.Scope
                switch route {
                case .steeringRegion: scope = .region(try Self.id(context))
                case .steeringDepartement: scope = .departement(try Self.id(context))
                default: scope = .nation
                }
                let result = try await steering.steering(
                    scope: scope,
                    year: QueryInput(request).integer("annee", in: 2015...2100),
                    actor: try context.requireAccount(request)
                )
                return HTMLResponse.make(
                    SteeringPage.render(result, page: PageContext(request: request, context: context))
                )
            }
        }
        routes.on(.funding(.steeringCSV(SiteRoute.sample))) { request, context in
            let result = try await exported(request, context, steering)
            return CSVFile.response(rows: SteeringExport.rows(result), filename: SteeringExport.filename(result, "csv"))
        }
        routes.on(.funding(.steeringXLSX(SiteRoute.sample))) { request, context in
            try SteeringExport.workbook(try await exported(request, context, steering))
        }
        routes.on(.funding(.organisation(SiteRoute.sample))) { request, context in
            _ = try context.requireAccount(request)
            let siret = try Self.id(context)
            let grants: [GrantReference]
            do {
                grants = try await FundingGrantDirectory(environment: environment).grants(siret: siret)
            } catch DomainError.invalid {
                throw WebError.notFound
            }
            return HTMLResponse.make(
                OrganisationGrantsPage.render(
                    siret: siret,
                    grants,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.funding(.chorusCSV)) { request, context in
            let account = try context.requireAccount(request)
            let result = try await steering.steering(
                scope: try steering.home(actor: account),
                year: nil,
                actor: account
            )
            let rows = try await FundingChorusExport(environment: environment).rows(result)
            return CSVFile.response(
                rows: rows,
                filename: "parcours-engagements-paiements-\(result.scope.identifier).csv"
            )
        }
    }

    private func exported(
        _ request: Request,
        _ context: AppRequestContext,
        _ steering: FundingSteeringService
    )
        async throws -> FundingSteering
    {
        guard let scope = FundingSteering.Scope(identifier: try Self.id(context)) else { throw WebError.notFound }
        return try await steering.steering(
            scope: scope,
            year: QueryInput(request).integer("annee", in: 2015...2100),
            actor: try context.requireAccount(request)
        )
    }
}

/// The steering tables as a file: one row per line with its execution.
enum SteeringExport {
    static let header = [
        "annee", "region", "uo", "action", "sous_action", "intitule", "dotation", "reserve", "programme", "ae_engagees",
        "cp_payes", "restes_a_payer", "disponible",
    ]

    static func rows(_ steering: FundingSteering) -> [[String]] {
        [header]
            + steering.lines.map { line in
                let execution = line.execution
                return [
                    String(line.year), line.regionCode, line.departementCode, line.action.rawValue,
                    line.subAction.rawValue,
                    line.label, execution.allocation.decimal, execution.reserve.decimal, execution.programmed.decimal,
                    execution.committed.decimal, execution.paid.decimal, execution.remainingToPay.decimal,
                    execution.available.decimal,
                ]
            }
    }

    static func filename(_ steering: FundingSteering, _ suffix: String) -> String {
        "parcours-credits-\(steering.scope.identifier)-\(steering.year).\(suffix)"
    }

    /// The same rows as a workbook; amounts are numeric cells in euros.
    static func workbook(_ steering: FundingSteering) throws -> Response {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url, sheetName: "Crédits")
        let rows = rows(steering)
        try writer.writeHeader(rows[0])
        for row in rows.dropFirst() {
            try writer.writeRow(
                row.enumerated().map { index, value in
                    index == 0 ? .integer(Int(value) ?? 0) : index >= 6 ? .number(Double(value) ?? 0) : .text(value)
                }
            )
        }
        try writer.finish()
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(filename(steering, "xlsx"))\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: url)))
        )
    }
}

/// Every grant of one SIRET, across years and départements.
enum OrganisationGrantsPage {
    static func render(siret: String, _ grants: [GrantReference], page: PageContext) -> HTML {
        let title = "Subventions du SIRET \(siret)"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Crédits", route: .funding(.steering)), Breadcrumb(label: title, route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(
                    .text(
                        grants.first.map {
                            "\($0.organisationName) – "
                                + FrenchNumber.count(grants.count, "demande déposée", plural: "demandes déposées") + "."
                        } ?? ""
                    )
                ),
                grants.isEmpty
                    ? EmptyState.node("Aucune demande déposée avec ce SIRET.")
                    : DataTable.node(
                        caption: "Demandes et subventions, les plus récentes d'abord",
                        columns: ["N°", "Année", "Département", "Projet", "Thématiques", "Demandé", "Accordé", "État"],
                        rows: grants.map { grant in
                            [
                                DataTable.header(grant.number), DataTable.cell(String(grant.year)),
                                DataTable.cell(
                                    grant.departementCode.isEmpty ? "Région \(grant.regionCode)" : grant.departementCode
                                ),
                                DataTable.cell(grant.title),
                                DataTable.cell(grant.tags.map(\.label).joined(separator: ", ")),
                                DataTable.cell(grant.requested.french),
                                DataTable.cell(FundingText.money(grant.granted)),
                                DataTable.cell(grant.status.label),
                            ]
                        }
                    )
            )
        )
    }
}
