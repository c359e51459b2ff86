import Domain
import Foundation
import Logging
import Persistence
import SQLKit

/// The outbox: use cases enqueue messages inside their own transaction; the delivery job hands the due ones to the
/// transport and records each outcome, retrying with backoff (`MailRetry`), so that nothing is lost while the mail
/// server is down. A message may be sent twice if the process dies between the server's acceptance and the record
/// of it (at-least-once delivery); it is never lost.
public struct MailOutbox: Sendable {
    let environment: ServiceEnvironment
    let transport: any MailTransport
    let logger: Logger

    public init(environment: ServiceEnvironment, transport: any MailTransport, logger: Logger) {
        self.environment = environment
        self.transport = transport
        self.logger = logger
    }

    /// Adds a message to the outbox inside the caller's transaction; returns its identifier.
    @discardableResult
    public static func enqueue(
        _ message: MailMessage,
        purpose: String,
        referenceID: String?,
        environment: ServiceEnvironment,
        in sql: any SQLDatabase
    ) async throws -> String {
        let id = environment.ids.makeIdentifier()
        try await OutboxRecords.enqueue(
            id: id,
            purpose: purpose,
            referenceID: referenceID,
            message,
            at: environment.time.now(),
            in: sql
        )
        return id
    }

    /// Tries every due message once, oldest first, at most `limit`; returns how many were sent and how many failed.
    @discardableResult
    public func deliverDue(limit: Int = 50) async throws -> (sent: Int, failed: Int) {
        let due = try await environment.database.read {
            try await OutboxRecords.due(now: environment.time.now(), limit: limit, in: $0)
        }
        var sent = 0
        var failed = 0
        for message in due {
            try Task.checkCancellation()
            do {
                try await transport.send(message.message, messageID: "\(message.id)@parcours")
                try await environment.database.write {
                    try await OutboxRecords.markSent(id: message.id, at: environment.time.now(), in: $0)
                }
                sent += 1
            } catch let error as CancellationError {
                throw error
            } catch {
                let delivery = error as? MailDeliveryError ?? MailDeliveryError(String(describing: error))
                let attempts = message.attempts + 1
                let giveUp = MailRetry.givesUp(afterAttempts: attempts, permanent: delivery.permanent)
                let next = environment.time.now().addingTimeInterval(
                    MailRetry.delay(afterAttempts: attempts).timeInterval
                )
                try await environment.database.write {
                    try await OutboxRecords.markFailed(
                        id: message.id,
                        error: delivery.message,
                        nextAttemptAt: next,
                        giveUp: giveUp,
                        in: $0
                    )
                }
                logger.warning(
                    giveUp ? "Courriel abandonné" : "Courriel non remis, nouvel essai prévu",
                    metadata: ["message": "\(message.id)", "essais": "\(attempts)", "erreur": "\(delivery.message)"]
                )
                failed += 1
            }
        }
        return (sent, failed)
    }

    /// The scheduled job that delivers the outbox every few seconds.
    public func job(every interval: Duration = .seconds(5)) -> ScheduledJob {
        ScheduledJob(name: "courriel.envoi", interval: interval) { try await deliverDue() }
    }
}
