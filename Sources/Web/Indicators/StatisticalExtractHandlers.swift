import Hummingbird
import Services

/// The download of the weekly pseudonymised extract by national steering, streamed as it is read.
struct StatisticalExtractHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.statisticalExtract) { request, context in
            let account = try context.requireAccount(request)
            // Authorised and audited before the first byte, so that a refusal is a plain 403 page.
            let extract = try await StatisticalExtractService(environment: environment).start(actor: account)
            return Response(
                status: .ok,
                headers: CSVFile.headers(filename: StatisticalExtractFile.filename(extract)),
                body: ResponseBody { writer in
                    try await StatisticalExtractFile.write(extract) { try await writer.write(ByteBuffer(bytes: $0)) }
                    try await writer.finish(nil)
                }
            )
        }
    }
}
