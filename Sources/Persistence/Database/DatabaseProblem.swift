import Foundation
import PostgresNIO
import SQLiteKit

/// Why the database could not be opened or written, in one French sentence for the person starting Parcours
/// (the libraries' own messages are in English and name system calls).
public enum DatabaseProblem {
    /// The explanation of `error` for the database at `url`, or nil when it is not a database problem.
    public static func describe(_ error: any Error, url: DatabaseURL) -> String? {
        if let problem = error as? DatabaseUnreachable { return problem.description }
        if let sqlite = error as? SQLiteError { return describe(sqlite, path: path(of: url)) }
        if let postgres = error as? PSQLError { return describePostgres(postgres, url: url) }
        let domain = (error as NSError).domain
        if error is CocoaError || error is POSIXError || domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain {
            return "Impossible de créer le dossier de la base \(path(of: url)) : vérifiez le chemin et les droits "
                + "d'écriture."
        }
        return nil
    }

    static func describe(_ error: SQLiteError, path: String) -> String {
        switch error.reason {
        case .readOnly, .readonlyDirectory, .readonlyCantLock, .readonlyInRecovery, .readonlyInRollback,
            .readonlyBackingMoved, .permission, .auth:
            "La base SQLite \(path) est en lecture seule : donnez à Parcours le droit d'écrire le fichier et son "
                + "dossier (SQLite y écrit son journal)."
        case .cantOpen, .cantOpenDirectory, .cantOpenInvalidPath, .cantOpenUnfollowedSymlink:
            "Impossible d'ouvrir la base SQLite \(path) : le fichier ou son dossier est introuvable ou inaccessible."
        case .notADatabase, .corrupt:
            "Le fichier \(path) n'est pas une base SQLite lisible : vérifiez le chemin (PARCOURS_DATABASE_URL)."
        case .busy, .locked, .busyTimeout:
            "La base SQLite \(path) est verrouillée par un autre programme : attendez qu'il finisse ou arrêtez-le."
        case .full: "Le disque de la base SQLite \(path) est plein."
        default: "La base SQLite \(path) ne peut pas être utilisée (code SQLite « \(error.reason) »)."
        }
    }

    static func describePostgres(_ error: PSQLError, url: DatabaseURL) -> String {
        let state = error.serverInfo?[.sqlState]
        switch state {
        case "28P01", "28000":
            return "PostgreSQL refuse l'identifiant ou le mot de passe de \(url.redacted)."
        case "3D000":
            return "La base nommée dans \(url.redacted) n'existe pas sur le serveur PostgreSQL : créez-la d'abord."
        case .some(let state):
            return "Le serveur PostgreSQL \(url.redacted) a refusé une requête (code SQLSTATE \(state))."
        case nil:
            return DatabaseUnreachable(url: url).description
        }
    }

    static func path(of url: DatabaseURL) -> String {
        if case .sqliteFile(let path) = url { return path }
        return url.redacted
    }
}

/// PostgreSQL did not answer at start-up.
public struct DatabaseUnreachable: Error, CustomStringConvertible {
    let url: DatabaseURL

    public var description: String {
        "La base PostgreSQL \(url.redacted) est injoignable : vérifiez l'hôte et le port, que le serveur tourne et "
            + "qu'il accepte les connexions de cette machine."
    }
}
