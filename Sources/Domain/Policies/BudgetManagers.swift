/// The managers of programme 104's budget: each région's DREETS (BOP) and national steering notify the lines.
public struct BudgetManagers: AccessPolicy {
    public init() {}
    public var name: String { "responsables de BOP" }
    public var rule: String {
        "Seuls la DREETS, responsable du BOP de sa région, et le pilotage national créent les lignes budgétaires et en "
            + "fixent la dotation et la réserve."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .dreets || role == .national }
}
