import Domain
import Foundation
import Hummingbird
import Logging
import Persistence
import Prometheus
import ServiceLifecycle
import Services

/// Everything the web application is built from; tests pass a fixed clock and identifiers.
public struct WebDependencies: Sendable {
    public let config: AppConfig
    public let database: any Database
    public let time: any TimeSource
    public let ids: any IdentifierSource
    public let registry: PrometheusCollectorRegistry
    public let logger: Logger
    /// What runs once the database service runs and before the server accepts requests (migrations, demo data).
    public let beforeServerStarts: @Sendable (ServiceEnvironment) async throws -> Void
    /// Whether the application runs the database as one of its services; false when the caller already runs it
    /// (the benchmark serves a database it opened to measure it directly too).
    public let runsDatabase: Bool

    public init(
        config: AppConfig,
        database: any Database,
        time: any TimeSource = SystemTime(),
        ids: any IdentifierSource = RandomIdentifiers(),
        registry: PrometheusCollectorRegistry = .init(),
        logger: Logger,
        beforeServerStarts: @escaping @Sendable (ServiceEnvironment) async throws -> Void = { _ in },
        runsDatabase: Bool = true
    ) {
        self.config = config
        self.database = database
        self.time = time
        self.ids = ids
        self.registry = registry
        self.logger = logger
        self.beforeServerStarts = beforeServerStarts
        self.runsDatabase = runsDatabase
    }

    /// The environment every use case runs in.
    public var services: ServiceEnvironment {
        ServiceEnvironment(database: database, time: time, ids: ids, security: config.security)
    }
}

/// The one assembly point of Parcours, used by `parcours serve`, `parcours demo` and the tests: the router, and the
/// database as a service of the application's lifecycle, prepared before the server starts.
public func buildApplication(_ dependencies: WebDependencies) throws -> some ApplicationProtocol {
    // The database first, so that it stops last; the services that use it wait until it is prepared.
    let gate = StartupGate()
    let users: [any Service] =
        [
            AuditCheckpointService(
                environment: dependencies.services,
                interval: dependencies.config.auditCheckpointInterval,
                logger: dependencies.logger
            )
        ] + BackgroundJobs.services(dependencies)
    let database: [any Service] = dependencies.runsDatabase ? [DatabaseService(database: dependencies.database)] : []
    var application = Application(
        router: try buildRouter(dependencies),
        configuration: .init(
            address: .hostname(dependencies.config.host, port: dependencies.config.port),
            serverName: "Parcours"
        ),
        services: database + users.map { AfterStartup(gate: gate, service: $0) },
        logger: dependencies.logger
    )
    let environment = dependencies.services
    let prepare = dependencies.beforeServerStarts
    application.beforeServerStarts {
        try await prepare(environment)
        gate.open()
    }
    return application
}

/// The router with its middleware (outermost first) and every route of `SiteRoute`.
func buildRouter(_ dependencies: WebDependencies) throws -> Router<AppRequestContext> {
    // HEAD is answered by every GET route, like GET without the body.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    let cookies = CookieSettings(secure: dependencies.config.secureCookies)
    let login = LoginService(environment: dependencies.services)
    let territories = TerritoryQueries(database: dependencies.database)

    router.add(middleware: RequestMetricsMiddleware(registry: dependencies.registry))
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(strictTransport: dependencies.config.secureCookies))
    router.add(middleware: ClientAddressMiddleware(trustedProxies: dependencies.config.trustedProxies))
    router.add(
        middleware: SessionMiddleware(
            login: login,
            ids: dependencies.ids,
            cookies: cookies,
            scopeNames: ScopeNames(territories: TerritoryQueries(database: dependencies.database))
        )
    )
    let spaceCookies = SpaceCookies(secure: dependencies.config.secureCookies)
    router.add(
        middleware: SpaceSessionMiddleware(
            signIn: NewcomerSignInService(environment: dependencies.services),
            cookies: spaceCookies
        )
    )
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: BodyLimitMiddleware())
    router.add(middleware: BearerTokenMiddleware(tokens: ApiTokenService(environment: dependencies.services)))
    // Inside the error middleware: it serves a file only when the router has no route, i.e. on a thrown 404.
    router.add(middleware: StaticFiles.middleware(logger: dependencies.logger))
    router.add(middleware: CSRFMiddleware())

    let routes = RouteRegistry(router: router)
    OperationsHandlers(
        database: dependencies.database,
        registry: dependencies.registry,
        metricsAllowed: dependencies.config.metricsAllowed,
        metricsToken: dependencies.config.metricsToken
    ).register(on: routes)
    AuthHandlers(login: login, cookies: cookies).register(on: routes)
    PasswordRecoveryHandlers(environment: dependencies.services).register(on: routes)
    HomeHandlers(territories: territories, environment: dependencies.services).register(on: routes)
    ReferenceDataHandlers(territories: territories).register(on: routes)
    AdminHandlers(environment: dependencies.services, territories: territories, cookies: cookies).register(on: routes)
    AuditHandlers(environment: dependencies.services).register(on: routes)
    MyAccountHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    AgirHandlers(environment: dependencies.services, territories: territories, cookies: cookies).register(on: routes)
    ReferralHandlers(environment: dependencies.services, territories: territories, cookies: cookies).register(
        on: routes
    )
    HouseholdHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    CaseFileHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    ActivityReportHandlers(environment: dependencies.services).register(on: routes)
    DashboardHandlers(environment: dependencies.services).register(on: routes)
    StatisticalExtractHandlers(environment: dependencies.services).register(on: routes)
    PathwayHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    CourseHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    RequirementRuleHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    ContractHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    ContractActionHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    ContractReviewHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    ContractSteeringHandlers(environment: dependencies.services).register(on: routes)
    PlaceHandlers(environment: dependencies.services).register(on: routes)
    ResidenceHandlers(environment: dependencies.services, cookies: cookies).register(on: routes)
    FundingHandlers(environment: dependencies.services, territories: territories, cookies: cookies).register(on: routes)
    EventsHandlers(environment: dependencies.services, config: dependencies.config, cookies: cookies).register(
        on: routes
    )
    NewcomerHandlers(
        environment: dependencies.services,
        cookies: cookies,
        spaceCookies: spaceCookies,
        catalogues: .bundled,
        publicBaseURL: dependencies.config.publicBaseURL
    ).register(on: routes)
    try APIHandlers(
        territories: territories,
        rules: RequirementRulesService(environment: dependencies.services),
        environment: dependencies.services
    ).register(on: routes)
    return router
}

/// The stylesheet and script, served from the module's resources with year-long caching (their URLs are versioned).
enum StaticFiles {
    static func middleware(logger: Logger) -> FileMiddleware<AppRequestContext, LocalFileSystem> {
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Public").path ?? "Public"
        let immutable: [CacheControl.CacheControlValue] = [.public, .maxAge(31_536_000), .immutable]
        return FileMiddleware(
            folder,
            urlBasePath: "/static",
            cacheControl: CacheControl([
                (.textCss, immutable), (.textJavascript, immutable),
                (MediaType(type: .application, subType: "javascript"), immutable),
            ]),
            logger: logger
        )
    }
}
