/// The actions written to the audit log, with their French labels for the data protection officer's page.
public enum AuditAction: String, CaseIterable, Sendable {
    case login = "session.ouverture"
    case logout = "session.fermeture"
    case organisationCreated = "organisation.creation"
    case organisationUpdated = "organisation.modification"
    case organisationDeactivated = "organisation.desactivation"
    case organisationReactivated = "organisation.reactivation"
    case accountCreated = "compte.creation"
    case accountUpdated = "compte.modification"
    case accountDeactivated = "compte.desactivation"
    case accountReactivated = "compte.reactivation"
    case passwordReset = "compte.reinitialisation_mot_de_passe"
    case demoLoaded = "demo.chargement"
    case secondFactorEnabled = "compte.double_authentification_activee"
    case secondFactorDisabled = "compte.double_authentification_desactivee"
    case passwordChanged = "compte.changement_mot_de_passe"
    case apiTokenCreated = "jeton.creation"
    case apiTokenRevoked = "jeton.revocation"
    case agirDeploymentChanged = "departement.deploiement_agir"

    /// The French label.
    public var label: String {
        switch self {
        case .login: "Connexion"
        case .logout: "Déconnexion"
        case .organisationCreated: "Création d'organisation"
        case .organisationUpdated: "Modification d'organisation"
        case .organisationDeactivated: "Désactivation d'organisation"
        case .organisationReactivated: "Réactivation d'organisation"
        case .accountCreated: "Création de compte"
        case .accountUpdated: "Modification de compte"
        case .accountDeactivated: "Désactivation de compte"
        case .accountReactivated: "Réactivation de compte"
        case .passwordReset: "Réinitialisation de mot de passe"
        case .demoLoaded: "Chargement des données de démonstration"
        case .secondFactorEnabled: "Activation de la double authentification"
        case .secondFactorDisabled: "Désactivation de la double authentification"
        case .passwordChanged: "Changement de mot de passe par son titulaire"
        case .apiTokenCreated: "Création de jeton d'API"
        case .apiTokenRevoked: "Révocation de jeton d'API"
        case .agirDeploymentChanged: "Modification d'une date de déploiement d'AGIR"
        }
    }
}
