import Foundation

/// What a `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=…&sslrootcert=…` URL names: where to connect, as
/// whom, and how the connection is secured. `sslmode` follows libpq's names:
/// - `disable` (the default): no TLS, for a server on the same machine or a private network;
/// - `require`: TLS is required; the certificate is checked against `sslrootcert` when it is given, else not at all;
/// - `verify-ca`: TLS, and the server's certificate must chain to `sslrootcert` (or to the system's authorities);
/// - `verify-full`: as `verify-ca`, and the certificate must also name the host.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is secured.
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        case disable
        case require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    public let tls: TLSMode
    /// The file of the certificate authorities the server's certificate must chain to (PEM), when given.
    public let caFile: String?

    /// Reads a URL, or says in French what is wrong with it.
    public static func parse(_ url: String) -> Result<PostgresLocation, DatabaseURLError> {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let host = components.host, !host.isEmpty, components.path.count > 1
        else {
            return .failure(
                .init(message: "l'URL PostgreSQL doit avoir la forme postgres://UTILISATEUR@HÔTE:PORT/BASE")
            )
        }
        guard let username = components.user, !username.isEmpty else {
            return .failure(
                .init(message: "l'URL PostgreSQL doit nommer l'utilisateur : postgres://UTILISATEUR@HÔTE/BASE")
            )
        }
        let items = components.queryItems ?? []
        let mode = items.last { $0.name == "sslmode" }?.value ?? TLSMode.disable.rawValue
        guard let tls = TLSMode(rawValue: mode) else {
            let known = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(.init(message: "sslmode=\(mode) n'est pas reconnu (valeurs possibles : \(known))"))
        }
        let caFile = items.last { $0.name == "sslrootcert" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            return .failure(.init(message: "le fichier d'autorités de certification « \(caFile) » est illisible"))
        }
        if caFile != nil, tls == .disable {
            return .failure(.init(message: "sslrootcert n'a de sens qu'avec sslmode=require, verify-ca ou verify-full"))
        }
        return .success(
            PostgresLocation(
                host: host,
                port: components.port ?? 5432,
                username: username,
                password: components.password,
                database: String(components.path.dropFirst()),
                tls: tls,
                caFile: caFile
            )
        )
    }
}
