import Domain
import SafeHTML

/// The note that explains the marks of hidden values ("< 5", "s") under a table that may hold them.
enum SuppressionNote {
    /// The note, when some of `texts` is a mark; nothing otherwise.
    static func node(for texts: [String]) -> Node<HTML.BodyContext> {
        let marks = [SuppressionRule.smallMark, SuppressionRule.maskedMark]
        guard texts.contains(where: marks.contains) else { return .empty }
        return .p(.class("hint suppression-note"), .text(SuppressionRule.note))
    }
}
