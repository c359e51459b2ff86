/// The largest request bodies Parcours reads, in bytes, by kind of route (docs/security.md lists them); a larger
/// body is refused with 413 before it is read.
public enum BodyLimit {
    /// Pages read with GET take no body.
    public static let none = 0
    /// Forms: a few fields and free texts.
    public static let form = 256 * 1024
    /// JSON documents sent to the API.
    public static let json = 256 * 1024
    /// A document of 10 Mo sent as an upload, with the rest of its form.
    public static let upload = 10 * 1_048_576 + 64 * 1024
}

extension SiteRoute {
    /// The largest body this route accepts; a route that takes uploads declares `BodyLimit.upload` here.
    public var bodyLimit: Int {
        switch self {
        case .apiAgirEligibility, .apiRequirementsEvaluate: BodyLimit.json
        case _ where acceptsUpload: BodyLimit.upload
        default: method == .get ? BodyLimit.none : BodyLimit.form
        }
    }
}
