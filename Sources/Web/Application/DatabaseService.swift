import Persistence
import ServiceLifecycle

/// The database as a service of the server's lifecycle: PostgreSQL's connection pool runs beside the server and,
/// at shutdown, closes after the server has answered its last request (services stop in reverse order).
struct DatabaseService: Service {
    let database: any Database

    func run() async throws {
        let database = database
        await cancelWhenGracefulShutdown { await database.run() }
        await database.close()
    }
}
