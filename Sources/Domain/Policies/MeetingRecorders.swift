/// Prefectures record the rencontres territoriales of their département, DREETS those of their région.
public struct MeetingRecorders: AccessPolicy {
    public init() {}
    public var name: String { "rencontres territoriales" }
    public var rule: String {
        "Les agents de préfecture et de DREETS enregistrent les rencontres territoriales de leur territoire."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture || role == .dreets }
}
