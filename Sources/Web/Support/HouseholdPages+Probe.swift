import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// The caseload list and a household file rendered from models read once, so that `parcours bench-render` times the
/// rendering alone (views and response body), without HTTP or SQL.
public struct HouseholdPagesProbe: Sendable {
    private let list: @Sendable () -> HTML
    private let file: @Sendable () -> HTML

    /// How many households the measured list shows.
    public let listRows: Int

    /// Reads the models as `HouseholdHandlers` does: `manager`'s organisation list (first page) and `householdID`'s
    /// file opened by its caseworker `caseworker`.
    public static func make(
        environment: ServiceEnvironment,
        manager: AccountSummary,
        caseworker: AccountSummary,
        householdID: String
    ) async throws -> HouseholdPagesProbe {
        let service = HouseholdService(environment: environment)
        let today = environment.time.today(for: manager)
        let filter = HouseholdFilter(stage: "", deadline: "", search: "", sort: "", need: "", caseworker: "")
        let found = try await service.page(
            actor: manager,
            criteria: filter.criteria(today: today, mine: false),
            limit: HouseholdPages.pageSize,
            offset: 0
        )
        let listPage = Page(requested: 1, size: HouseholdPages.pageSize, total: found.total)
        let caseloads = try await service.caseloads(actor: manager)
        let listContext = PageContext(account: manager, path: SiteRoute.households.path)
        let opened = try await service.filePage(id: householdID, actor: caseworker)
        var state = HouseholdSupportSections.FormState(canWrite: opened.canWrite)
        state.countries = opened.countries
        state.appointments = opened.appointments
        state.partners = opened.partners
        state.departements = opened.departements
        state.transferChoices = opened.transferChoices
        state.residence = opened.residence
        state.summary = opened.summary
        let fileContext = PageContext(account: caseworker, path: SiteRoute.household(householdID).path)
        let formState = state
        return HouseholdPagesProbe(
            list: {
                HouseholdPages.list(
                    found.households,
                    listPage: listPage,
                    caseloads: caseloads,
                    filter: filter,
                    mine: false,
                    today: today,
                    page: listContext
                )
            },
            file: { HouseholdPages.file(opened.file, today: opened.today, state: formState, page: fileContext) },
            listRows: found.households.count
        )
    }

    /// Renders the list into a response body; returns its size in bytes.
    public func renderList() -> Int { HTMLResponse.body(list()).readableBytes }

    /// Renders the household file into a response body; returns its size in bytes.
    public func renderFile() -> Int { HTMLResponse.body(file()).readableBytes }
}
