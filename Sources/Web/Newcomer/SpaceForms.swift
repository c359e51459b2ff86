import Domain
import SafeHTML

/// Form pieces of the space: labelled fields with their hint and problem, in the person's language.
enum SpaceForms {
    /// A labelled input; its problem (if any) is announced and linked to it.
    static func input(
        name: String,
        label: String,
        type: String = "text",
        value: String = "",
        hint: String? = nil,
        problem: SpaceProblem?,
        t: Translator,
        extra: [(StaticString, String?)] = []
    ) -> Node<HTML.FormContext> {
        let id = "champ-\(name)"
        let describedBy = [hint.map { _ in "\(id)-aide" }, problem.map { _ in "\(id)-erreur" }].compactMap { $0 }
        var attributes: [(StaticString, String?)] = [("type", type), ("id", id), ("name", name), ("value", value)]
        if !describedBy.isEmpty { attributes.append(("aria-describedby", describedBy.joined(separator: " "))) }
        if problem != nil { attributes.append(("aria-invalid", "true")) }
        return .div(
            .class(problem == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-aide"), .text($0)) },
            .unwrap(problem) { problem in
                .p(.class("error"), .id("\(id)-erreur"), .text(t(.formError, ["message": message(problem, t)])))
            },
            RawElement.input(attributes + extra)
        )
    }

    /// The summary of a form's problems at its top, each linked to its field.
    static func summary(_ problems: SpaceFormProblems, t: Translator) -> Node<HTML.BodyContext> {
        guard !problems.isEmpty else { return .empty }
        return .div(
            .class("error-summary"),
            .attribute(named: "role", value: "alert"),
            .h2(.text(t(.formProblem))),
            .ul(
                .forEach(problems.byField) { item in
                    .li(.a(.href("#champ-\(item.field)"), .text(message(item.problem, t))))
                }
            )
        )
    }

    /// The problem in the person's language.
    static func message(_ problem: SpaceProblem, _ t: Translator) -> String { t.label(.problem, problem.rawValue) }
}
