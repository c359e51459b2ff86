/// The structure of an HTML page as a browser's tokenizer sees it: each start tag with its attribute names in order,
/// and each end tag; text, attribute values, comments and the doctype are left out. Written for the tests, after
/// the tokenization rules of the HTML standard that matter here: quoted and unquoted attribute values, and the text
/// of `<title>`, `<textarea>`, `<script>` and `<style>`, which is read up to its end tag without looking for tags.
enum HTMLStructure {
    /// The tokens of `html`, e.g. `<a href aria-label>`, `</a>`.
    static func tokens(_ html: String) -> [String] {
        let characters = Array(html.unicodeScalars)
        var tokens: [String] = []
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
            scalar.map { [" ", "\n", "\t", "\r", "\u{0C}"].contains($0) } ?? false
        }
        while index < characters.count {
            guard characters[index] == "<" else {
                index += 1
                continue
            }
            if at(1) == "!" {
                let closing = at(2) == "-" && at(3) == "-" ? "-->" : ">"
                index = end(of: closing, in: characters, from: index + 2)
                continue
            }
            let isEnd = at(1) == "/"
            guard let first = at(isEnd ? 2 : 1), first.properties.isAlphabetic else {
                index += 1
                continue
            }
            index += isEnd ? 2 : 1
            var name = ""
            while let scalar = at(0), !isSpace(scalar), scalar != "/", scalar != ">" {
                name.unicodeScalars.append(scalar)
                index += 1
            }
            name = name.lowercased()
            var attributes: [String] = []
            while let scalar = at(0), scalar != ">" {
                if isSpace(scalar) || scalar == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while let scalar = at(0), !isSpace(scalar), scalar != "/", scalar != ">",
                    scalar != "=" || attribute.isEmpty
                {
                    attribute.unicodeScalars.append(scalar)
                    index += 1
                }
                attributes.append(attribute.lowercased())
                while isSpace(at(0)) { index += 1 }
                guard at(0) == "=" else { continue }
                index += 1
                while isSpace(at(0)) { index += 1 }
                if let quote = at(0), quote == "\"" || quote == "'" {
                    index += 1
                    while let scalar = at(0), scalar != quote { index += 1 }
                    index += 1
                } else {
                    while let scalar = at(0), !isSpace(scalar), scalar != ">" { index += 1 }
                }
            }
            index += 1
            tokens.append(isEnd ? "</\(name)>" : "<" + ([name] + attributes).joined(separator: " ") + ">")
            if !isEnd, ["title", "textarea", "script", "style"].contains(name) {
                index = start(of: "</\(name)", in: characters, from: index)
            }
        }
        return tokens
    }

    /// The index just after the first `marker` from `start`, or the end.
    private static func end(of marker: String, in characters: [Unicode.Scalar], from start: Int) -> Int {
        let found = self.start(of: marker, in: characters, from: start)
        return min(characters.count, found + marker.unicodeScalars.count)
    }

    /// The index of the first `marker` (case-insensitive) from `start`, or the end.
    private static func start(of marker: String, in characters: [Unicode.Scalar], from start: Int) -> Int {
        let target = Array(marker.lowercased().unicodeScalars)
        var index = start
        while index + target.count <= characters.count {
            if String(String.UnicodeScalarView(characters[index..<index + target.count])).lowercased()
                == String(String.UnicodeScalarView(target))
            {
                return index
            }
            index += 1
        }
        return characters.count
    }
}
