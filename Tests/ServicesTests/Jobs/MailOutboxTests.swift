import Domain
import Foundation
import Logging
import Persistence
import Services
import Synchronization
import TestSupport
import Testing

@Suite("Courriel : boîte d'envoi, nouvelles tentatives, rien de perdu")
struct MailOutboxTests {
    /// A mail server that refuses while `down` and records what it accepts.
    final class FakeServer: MailTransport {
        let state = Mutex<(down: Bool, permanent: Bool, accepted: [MailMessage])>((true, false, []))

        func send(_ message: MailMessage, messageID: String) async throws {
            try state.withLock { state in
                if state.down { throw MailDeliveryError("serveur arrêté", permanent: state.permanent) }
                state.accepted.append(message)
            }
        }
    }

    static func message(_ to: String) -> MailMessage {
        MailMessage(to: MailAddress(to)!, subject: "Inscription confirmée", blocks: [.paragraph("Bonjour,")])
    }

    @Test func aMessageWaitsWhileTheServerIsDownAndIsSentWhenItComesBack() async throws {
        try await TestEnvironment.withEmpty { environment, time in
            _ = try await environment.database.write { sql in
                try await MailOutbox.enqueue(
                    Self.message("a@exemple.fr"),
                    purpose: "test",
                    referenceID: nil,
                    environment: environment,
                    in: sql
                )
            }
            let server = FakeServer()
            let outbox = MailOutbox(environment: environment, transport: server, logger: Logger(label: "test"))
            #expect(try await outbox.deliverDue() == (0, 1))
            // Backoff: nothing is tried again for a minute, then two, then four.
            #expect(try await outbox.deliverDue() == (0, 0))
            time.advance(by: 60)
            #expect(try await outbox.deliverDue() == (0, 1))
            time.advance(by: 119)
            #expect(try await outbox.deliverDue() == (0, 0))
            server.state.withLock { $0.down = false }
            time.advance(by: 1)
            #expect(try await outbox.deliverDue() == (1, 0))
            #expect(server.state.withLock { $0.accepted.map(\.to.address) } == ["a@exemple.fr"])
            time.advance(by: 3600)
            #expect(try await outbox.deliverDue() == (0, 0))
        }
    }

    @Test func aPermanentRefusalSetsTheMessageAsideWithoutLosingIt() async throws {
        try await TestEnvironment.withEmpty { environment, time in
            let id = try await environment.database.write { sql in
                try await MailOutbox.enqueue(
                    Self.message("inconnu@exemple.fr"),
                    purpose: "test",
                    referenceID: "ref-1",
                    environment: environment,
                    in: sql
                )
            }
            let server = FakeServer()
            server.state.withLock { $0.permanent = true }
            let outbox = MailOutbox(environment: environment, transport: server, logger: Logger(label: "test"))
            #expect(try await outbox.deliverDue() == (0, 1))
            time.advance(by: 86_400)
            #expect(try await outbox.deliverDue() == (0, 0))
            let stored = try await environment.database.read {
                try await OutboxRecords.messages(referenceID: "ref-1", in: $0)
            }
            #expect(stored.map(\.id) == [id])
            #expect(stored.first?.status == .failed)
            #expect(stored.first?.lastError == "serveur arrêté")
        }
    }

    @Test func aMessageEnqueuedInARolledBackTransactionDoesNotExist() async throws {
        struct Abort: Error {}
        try await TestEnvironment.withEmpty { environment, _ in
            await #expect(throws: Abort.self) {
                try await environment.database.write { sql in
                    try await MailOutbox.enqueue(
                        Self.message("a@exemple.fr"),
                        purpose: "test",
                        referenceID: "annule",
                        environment: environment,
                        in: sql
                    )
                    throw Abort()
                }
            }
            let stored = try await environment.database.read {
                try await OutboxRecords.messages(referenceID: "annule", in: $0)
            }
            #expect(stored.isEmpty)
        }
    }
}
