extension Node {
    /// `node` when `condition` holds, otherwise `otherwise`.
    public static func `if`(_ condition: Bool, _ node: Node, else otherwise: Node = .empty) -> Node {
        condition ? node : otherwise
    }

    /// The node made from the value when there is one, otherwise `otherwise`.
    public static func unwrap<Value>(
        _ optional: Value?,
        _ transform: (Value) throws -> Node,
        else otherwise: Node = .empty
    ) rethrows -> Node {
        guard let value = optional else { return otherwise }
        return try transform(value)
    }

    /// One node per element of the sequence, in order.
    public static func forEach<Items: Sequence>(
        _ items: Items,
        _ transform: (Items.Element) throws -> Node
    ) rethrows -> Node {
        Node(.group(try items.map { try transform($0).content }))
    }
}
