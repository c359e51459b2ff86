import HummingbirdTesting

extension Browser {
    /// Another browser on the same application, with its own cookies (a person's phone beside the caseworker's
    /// computer).
    public func fresh() -> Browser { Browser(client: client) }

    /// Uses a letter's code for the first time and chooses a PIN; returns the response of the last step.
    @discardableResult
    public func activateSpace(code: String, pin: String = "246810") async throws -> TestResponse {
        try await get("/espace/premiere-connexion")
        let checked = try await post("/espace/premiere-connexion", form: [("code", code)])
        guard checked.status == .seeOther else { return checked }
        try await get("/espace/premiere-connexion/secret")
        let chosen = try await post(
            "/espace/premiere-connexion/secret",
            form: [("kind", "code"), ("secret", pin), ("confirmation", pin)]
        )
        if chosen.status == .seeOther, let location = chosen.location { try await get(location) }
        return chosen
    }

    /// Signs in to a space with a code and a PIN or passphrase; follows the redirect to the space's home.
    @discardableResult
    public func signInToSpace(code: String, secret: String = "246810") async throws -> TestResponse {
        try await get("/espace/connexion")
        let response = try await post("/espace/connexion", form: [("code", code), ("secret", secret)])
        if response.status == .seeOther, let location = response.location { try await get(location) }
        return response
    }
}
