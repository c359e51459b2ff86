import Foundation
import HTTPTypes
import Logging
import SQLKit
import Synchronization
import TestSupport
import Testing
import Web

@Suite("Observabilité : identifiant de requête, journaux JSON")
struct ObservabilityTests {
    @Test func everyResponseCarriesItsOwnRequestID() async throws {
        try await TestApp.run { browser, _ in
            let first = try await browser.get("/connexion")
            let second = try await browser.get("/connexion")
            let one = try #require(first.headers[.init("X-Request-Id")!])
            let two = try #require(second.headers[.init("X-Request-Id")!])
            #expect(!one.isEmpty && one != two)
        }
    }

    /// From an audit event to the request's log lines: the event keeps the request id the response carried.
    @Test func anAuditEventNamesTheRequestThatWroteIt() async throws {
        try await TestApp.run { browser, app in
            let signIn = try await browser.login(as: .referent)
            let id = try #require(signIn.headers[.init("X-Request-Id")!])
            let stored = try await app.services.database.read { sql in
                try await sql.raw("SELECT request_id FROM audit_events WHERE action = 'session.ouverture'").all().map {
                    try $0.decode(column: "request_id", as: String?.self)
                }
            }
            #expect(stored == [id])
        }
    }

    @Test func aJSONLogLineHoldsTheMessageTheLevelAndTheMetadata() throws {
        let lines = Mutex<[Data]>([])
        var logger = Logger(label: "parcours") { label in
            JSONLogHandler(label: label, logLevel: .info) { line in lines.withLock { $0.append(line) } }
        }
        logger[metadataKey: "hb.request.id"] = "abc123"
        logger.info("Ménage transféré \"vers\" l'opérateur", metadata: ["route": "/menages/:id"])
        logger.debug("pas écrit sous le niveau info")
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: String])
        #expect(object["message"] == "Ménage transféré \"vers\" l'opérateur")
        #expect(object["level"] == "info" && object["logger"] == "parcours")
        #expect(object["hb.request.id"] == "abc123" && object["route"] == "/menages/:id")
        #expect(object["time"]?.hasSuffix("Z") == true)
    }
}
