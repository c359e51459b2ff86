import NIOCore
import Persistence

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What stops Parcours from starting (database, port, configuration), in one French sentence instead of a crash
/// or a library's English message.
public enum StartupProblem {
    /// The explanation of `error` under `config`, or nil when it is none of the known start-up problems.
    public static func describe(_ error: any Error, config: AppConfig) -> String? {
        if let configuration = error as? ConfigurationError { return configuration.description }
        if let database = DatabaseProblem.describe(error, url: config.database) { return database }
        if error is SocketAddressError {
            return "L'adresse d'écoute « \(config.host) » est inconnue : corrigez --host ou PARCOURS_HOST."
        }
        guard let io = error as? IOError else { return nil }
        switch io.errnoCode {
        case EADDRINUSE:
            return "Le port \(config.port) est déjà utilisé par un autre programme (peut-être un autre Parcours) : "
                + "arrêtez-le, ou choisissez un autre port avec --port ou PARCOURS_PORT."
        case EACCES:
            return "Le port \(config.port) est réservé à l'administrateur du système (ports sous 1024) : choisissez "
                + "un port au-dessus de 1024 et placez un mandataire inverse devant."
        case EADDRNOTAVAIL:
            return "L'adresse d'écoute \(config.host) n'appartient pas à cette machine : corrigez --host ou "
                + "PARCOURS_HOST."
        default:
            return nil
        }
    }
}
