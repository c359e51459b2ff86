/// The name of an element or an attribute: always a literal of the source code, never data.
///
/// Names given by a view are checked against `[A-Za-z][A-Za-z0-9-]*` (at most 40 characters); event handlers
/// (`on…`) and `style` are refused too, because escaping does not make a value safe inside them.
struct MarkupName: Sendable {
    let text: StaticString

    /// A name written in this module.
    init(trusted text: StaticString) { self.text = text }

    /// A name written in a view: a programming error, caught by the first test that renders it, stops the program.
    init(checking text: StaticString) {
        precondition(Self.isAllowed(text), "nom de balise ou d'attribut refusé : \(text)")
        self.text = text
    }

    /// Whether a name follows the pattern and is neither an event handler nor `style`.
    static func isAllowed(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { bytes in
            guard (1...40).contains(bytes.count), isLetter(bytes[0]) else { return false }
            guard bytes.allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }) else {
                return false
            }
            let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
            return !lowered.hasPrefix("on") && lowered != "style"
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
