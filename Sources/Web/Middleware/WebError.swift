import Domain
import HTTPTypes

/// Errors the web layer raises itself, on top of the domain's errors.
public enum WebError: Error, Sendable, Equatable {
    /// No such page.
    case notFound
    /// The signed-in account may not open this page.
    case forbidden
    /// The visitor must sign in first; they come back to `returnPath` afterwards.
    case unauthenticated(returnPath: String)
    /// A state-changing request without the right CSRF token.
    case csrfRejected
    /// The request body is larger than allowed or unreadable.
    case badRequest(String)
    /// An API bearer token that is unknown, expired or revoked.
    case invalidToken
    /// The path exists, but not with this method; `allowed` lists the methods it takes.
    case methodNotAllowed(allowed: [String])
    /// The client accepts none of the formats the address answers in (an API operation asked for as HTML).
    case notAcceptable
    /// The body is larger than the route accepts (`SiteRoute.bodyLimit`, in bytes).
    case contentTooLarge(limit: Int)
    /// A bearer token sent outside `/api/`: tokens open the API only, never pages or account settings.
    case tokenOutsideAPI
    /// A bearer token whose account must enrol a second factor first.
    case tokenNeedsSecondFactor
    /// `/metrics` asked from an address that is not allowed, without the metrics token.
    case metricsRefused
    /// A page of the newcomer's space without a person signed in: back to the space's sign-in.
    case spaceUnauthenticated
}

/// How an error is shown: status, French title and explanation.
struct ErrorPresentation: Sendable {
    let status: HTTPResponse.Status
    let title: String
    let detail: String

    static let notFound = ErrorPresentation(
        status: .notFound,
        title: "Page introuvable",
        detail:
            "La page demandée n'existe pas ou n'est pas accessible avec votre compte. Vérifiez l'adresse, ou revenez à l'accueil."
    )
    static let forbidden = ErrorPresentation(
        status: .forbidden,
        title: "Accès refusé",
        detail:
            "Votre rôle ne permet pas d'ouvrir cette page. Si vous pensez que c'est une erreur, contactez l'administrateur de votre organisation."
    )
    static let csrf = ErrorPresentation(
        status: .forbidden,
        title: "Formulaire refusé",
        detail:
            "Le formulaire a expiré ou ne provient pas de Parcours. Rechargez la page et envoyez-le de nouveau ; rien n'a été enregistré."
    )
    static let serverError = ErrorPresentation(
        status: .internalServerError,
        title: "Erreur du serveur",
        detail:
            "Une erreur inattendue s'est produite ; rien n'a été enregistré à moitié. Réessayez dans un instant. Si le problème persiste, signalez-le avec l'heure indiquée."
    )
    static let unauthenticated = ErrorPresentation(
        status: .unauthorized,
        title: "Connexion requise",
        detail: "Connectez-vous pour accéder à cette page."
    )

    static func contentTooLarge(limit: Int) -> ErrorPresentation {
        let size = limit >= 1024 * 1024 ? "\(limit / (1024 * 1024)) Mo" : "\(max(1, limit / 1024)) Ko"
        return ErrorPresentation(
            status: .contentTooLarge,
            title: "Envoi trop volumineux",
            detail: "Ce que vous avez envoyé est trop volumineux : cette adresse accepte au plus \(size). "
                + "Rien n'a été enregistré ; raccourcissez le texte ou le fichier et réessayez."
        )
    }

    static func badRequest(_ detail: String) -> ErrorPresentation {
        ErrorPresentation(status: .badRequest, title: "Requête invalide", detail: detail)
    }
}
