extension Node where Context: HTMLContext {
    /// `id`.
    public static func id(_ id: String) -> Node { .known("id", id) }
    /// `class`.
    public static func `class`(_ className: String) -> Node { .known("class", className) }
    /// `hidden` when `isHidden`.
    public static func hidden(_ isHidden: Bool) -> Node { isHidden ? .attribute(named: "hidden") : .empty }
}

extension Node where Context: HTMLLinkableContext {
    /// `href`; a URL with a scheme other than `http`, `https` or `mailto` is refused (see `URLPolicy`).
    public static func href(_ url: String) -> Node { .known("href", url, isURL: true) }
}

extension Node where Context: HTMLNamableContext {
    /// `name`.
    public static func name(_ name: String) -> Node { .known("name", name) }
}

extension Node where Context: HTMLValueContext {
    /// `value`.
    public static func value(_ value: String) -> Node { .known("value", value) }
}

extension Node where Context == HTML.DocumentContext {
    /// `lang` of the page.
    public static func lang(_ language: Language) -> Node { .known("lang", language.rawValue) }
}

extension Node where Context == HTML.FormContext {
    /// `action`.
    public static func action(_ url: String) -> Node { .known("action", url, isURL: true) }
    /// `method`.
    public static func method(_ method: HTMLFormMethod) -> Node { .known("method", method.rawValue) }
    /// `enctype`: how the form's fields are sent.
    public static func enctype(_ encoding: HTMLFormEncoding) -> Node { .known("enctype", encoding.rawValue) }
    /// `novalidate`: the server checks every field and says what is wrong in French.
    public static func novalidate(_ isOn: Bool = true) -> Node { isOn ? .attribute(named: "novalidate") : .empty }
}

extension Node where Context == HTML.LabelContext {
    /// `for`: the id of the labelled field.
    public static func `for`(_ target: String) -> Node { .known("for", target) }
}

extension Node where Context == HTML.ButtonContext {
    /// `type` of a button.
    public static func type(_ type: HTMLButtonType) -> Node { .known("type", type.rawValue) }
}

extension Node where Context == HTML.OptionContext {
    /// `selected` when `isSelected`.
    public static func selected(_ isSelected: Bool) -> Node { isSelected ? .attribute(named: "selected") : .empty }
}

extension Node where Context == HTML.DetailsContext {
    /// `open` when `isOpen`.
    public static func open(_ isOpen: Bool) -> Node { isOpen ? .attribute(named: "open") : .empty }
}

extension Node where Context: HTMLSourceContext {
    /// `src`.
    public static func src(_ url: String) -> Node { .known("src", url, isURL: true) }
}

extension Node where Context == HTML.ScriptContext {
    /// `defer`.
    public static func `defer`() -> Node { .attribute(named: "defer") }
}

extension Attribute where Context: HTMLContext {
    /// `id`.
    public static func id(_ id: String) -> Attribute { .known("id", id) }
    /// `class`.
    public static func `class`(_ className: String) -> Attribute { .known("class", className) }
}

extension Attribute where Context: HTMLNamableContext {
    /// `name`.
    public static func name(_ name: String) -> Attribute { .known("name", name) }
}

extension Attribute where Context: HTMLValueContext {
    /// `value`.
    public static func value(_ value: String) -> Attribute { .known("value", value) }
}

extension Attribute where Context: HTMLLinkableContext {
    /// `href`; a URL with a scheme other than `http`, `https` or `mailto` is refused (see `URLPolicy`).
    public static func href(_ url: String) -> Attribute { .known("href", url, isURL: true) }
}

extension Attribute where Context == HTML.InputContext {
    /// `type` of an input.
    public static func type(_ type: HTMLInputType) -> Attribute { .known("type", type.rawValue) }
}

extension Attribute where Context == HTML.LinkContext {
    /// `rel` of a link.
    public static func rel(_ relationship: HTMLLinkRelationship) -> Attribute { .known("rel", relationship.rawValue) }
}

extension Attribute where Context == HTML.MetaContext {
    /// `charset`.
    public static func charset(_ encoding: DocumentEncoding) -> Attribute { .known("charset", encoding.rawValue) }
    /// `content`.
    public static func content(_ content: String) -> Attribute { .known("content", content) }
}
