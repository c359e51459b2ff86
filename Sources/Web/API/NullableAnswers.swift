/// The answer of `POST /api/v1/requirements/evaluate` (`RequirementsResult` in openapi.yaml): every documented
/// nullable field is present, as `null` when it has no value.
struct RequirementsAnswer: Codable, Hashable, Sendable {
    var requiredLevel: Components.Schemas.CEFRLevel?
    var civicExamRequired: Bool
    var met: Bool
    var conditions: [Components.Schemas.Condition]
    var proofsValidUntil: String?
    var ruleVersion: String

    enum CodingKeys: String, CodingKey {
        case requiredLevel = "required_level"
        case civicExamRequired = "civic_exam_required"
        case met
        case conditions
        case proofsValidUntil = "proofs_valid_until"
        case ruleVersion = "rule_version"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // `encode` rather than `encodeIfPresent`: an absent value is written `null`.
        try container.encode(requiredLevel, forKey: .requiredLevel)
        try container.encode(civicExamRequired, forKey: .civicExamRequired)
        try container.encode(met, forKey: .met)
        try container.encode(conditions, forKey: .conditions)
        try container.encode(proofsValidUntil, forKey: .proofsValidUntil)
        try container.encode(ruleVersion, forKey: .ruleVersion)
    }
}

/// An account's scope in `GET /api/v1/me` (`Scope` in openapi.yaml): `region` is `null` unless the scope is a region.
struct ScopeAnswer: Codable, Hashable, Sendable {
    var kind: String
    var departements: [String]
    var region: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(departements, forKey: .departements)
        try container.encode(region, forKey: .region)
    }
}
