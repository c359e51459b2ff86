/// Where to go after login (`suite=`): only a page of Parcours itself. Browsers drop tabs and line breaks from
/// URLs and read `\` as `/`, so `/\t/host` or `/\host` would leave the site; anything holding a control
/// character, a backslash, a space or a non-ASCII character is refused outright rather than cleaned, and what
/// remains must be the path of a page (`SiteRoute`, GET) other than the login page.
enum ReturnPath {
    /// The path to follow, or "" (go home) when `raw` is not a safe local page.
    static func safe(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.first, first == "/",
            scalars.dropFirst().first.map({ $0 != "/" }) ?? true,
            scalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" })
        else { return "" }
        let path = String(raw.prefix { $0 != "?" && $0 != "#" })
        let isPage = SiteRoute.allCases.contains { $0.method == .get && $0 != .login && $0.matches(path: path) }
        return isPage ? raw : ""
    }
}
