import Domain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// A small SMTP client (RFC 5321) over SwiftNIO: EHLO, STARTTLS when configured, AUTH PLAIN when credentials are
/// set, one message per session (docs/adr/0017-smtp-client-over-swift-nio.md).
public struct SMTPTransport: MailTransport {
    let settings: SMTPSettings
    let time: any TimeSource

    public init(settings: SMTPSettings, time: any TimeSource) {
        self.settings = settings
        self.time = time
    }

    public func send(_ message: MailMessage, messageID: String) async throws {
        let text = MailComposer.render(
            message,
            from: settings.sender,
            date: time.now(),
            messageID: messageID,
            boundary: "=_parcours_" + messageID.filter { $0.isLetter || $0.isNumber }
        )
        let settings = settings
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await Self.session(settings, recipient: message.to, data: text) }
            group.addTask {
                try await Task.sleep(for: settings.timeout)
                throw MailDeliveryError("le serveur SMTP n'a pas répondu à temps")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    static func session(_ settings: SMTPSettings, recipient: MailAddress, data: String) async throws {
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw MailDeliveryError("connexion au serveur SMTP \(settings.host):\(settings.port) impossible : \(error)")
        }
        try await channel.executeThenClose { inbound, outbound in
            var conversation = SMTPConversation(lines: inbound.makeAsyncIterator(), outbound: outbound)
            try await conversation.expect(220, "accueil")
            var hello = try await conversation.command("EHLO \(settings.heloName)", expect: 250)
            if settings.security == .startTLS {
                guard hello.extensionParameters("STARTTLS") != nil else {
                    throw MailDeliveryError("le serveur SMTP ne propose pas STARTTLS, exigé par la configuration")
                }
                try await conversation.command("STARTTLS", expect: 220)
                let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                let host = settings.host
                try await channel.channel.eventLoop.submit {
                    let handler = try NIOSSLClientHandler(context: context, serverHostname: host)
                    try channel.channel.pipeline.syncOperations.addHandler(handler, position: .first)
                }.get()
                hello = try await conversation.command("EHLO \(settings.heloName)", expect: 250)
            }
            if let username = settings.username {
                guard hello.extensionParameters("AUTH")?.contains("PLAIN") == true else {
                    throw MailDeliveryError("le serveur SMTP ne propose pas l'authentification PLAIN")
                }
                let credentials = MIMEEncoding.base64(Array("\0\(username)\0\(settings.password ?? "")".utf8))
                try await conversation.command("AUTH PLAIN \(credentials)", expect: 235, shown: "AUTH PLAIN ***")
            }
            try await conversation.command("MAIL FROM:<\(settings.sender.address)>", expect: 250)
            // 251: the server accepts and forwards the message itself.
            try await conversation.command(
                "RCPT TO:<\(recipient.address)>",
                expect: 250,
                orAlso: 251,
                permanentIsFinal: true
            )
            try await conversation.command("DATA", expect: 354)
            try await conversation.send(SMTPData.dotStuffed(data))
            try await conversation.expect(250, "fin du message", permanentIsFinal: true)
            // The message is accepted: a failed QUIT changes nothing.
            _ = try? await conversation.command("QUIT", expect: 221)
        }
    }
}

/// The command-and-reply exchange of one session.
struct SMTPConversation {
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Sends a command and checks the reply's code; `shown` replaces the command in error messages (credentials).
    @discardableResult
    mutating func command(
        _ text: String,
        expect code: Int,
        orAlso alternative: Int? = nil,
        shown: String? = nil,
        permanentIsFinal: Bool = false
    ) async throws -> SMTPReply {
        try await send(text + "\r\n")
        return try await expect(code, orAlso: alternative, shown ?? text, permanentIsFinal: permanentIsFinal)
    }

    mutating func send(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    /// Reads one reply; a reply other than `code` throws, as permanent only where a 550–554 concerns this message.
    @discardableResult
    mutating func expect(
        _ code: Int,
        orAlso alternative: Int? = nil,
        _ step: String,
        permanentIsFinal: Bool = false
    ) async throws -> SMTPReply {
        var collected: [String] = []
        var replyCode = 0
        while true {
            guard let line = try await lines.next() else {
                throw MailDeliveryError("le serveur SMTP a fermé la connexion (étape : \(step))")
            }
            guard let parsed = SMTPReply.parseLine(line) else {
                throw MailDeliveryError("réponse SMTP illisible à l'étape \(step)")
            }
            replyCode = parsed.code
            collected.append(parsed.text)
            if !parsed.more { break }
        }
        let reply = SMTPReply(code: replyCode, lines: collected)
        guard reply.code == code || reply.code == alternative else {
            throw MailDeliveryError(
                "le serveur SMTP a répondu « \(reply.text) » à l'étape \(step)",
                permanent: permanentIsFinal && reply.isPermanent
            )
        }
        return reply
    }
}
