/// The HTTP request the current task serves, set by the web layer for the request's duration, so that each audit
/// event it writes names the request and its log lines.
public enum RequestCorrelation {
    @TaskLocal public static var id: String?
}
