/// The French names of the fields audit events record, as the data protection officer reads them.
enum AuditFieldNames {
    /// "Instruction du préfet" for `instruction_prefet`; an unknown code reads as words ("heures langue").
    static func label(_ code: String) -> String {
        if let known = names[code] { return known }
        let words = code.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static let names: [String: String] = [
        "acteur": "Qui agit", "activite": "Activité", "caf": "Numéro CAF", "contrat_engagement": "Contrat d'engagement",
        "courriel": "Adresse e-mail", "debut": "Début", "deploiement_agir": "Déploiement d'AGIR",
        "departement": "Département", "dernier_contact": "Dernier contact", "direction_ofii": "Direction de l'OFII",
        "domaine": "Domaine", "echeance": "Échéance", "eligible": "Éligible",
        "entretien_accueil": "Entretien d'accueil",
        "etat": "État", "evaluateur": "Évaluateur", "expire": "Expire le", "fiche_fusionnee": "Fiche fusionnée",
        "fondement": "Fondement de l'éligibilité", "france_travail": "Identifiant France Travail",
        "heures_langue": "Heures de formation linguistique", "instruction_prefet": "Instruction du préfet",
        "intitule": "Intitulé", "justificatif": "Justificatif", "langues": "Langues parlées", "lieu": "Lieu",
        "logement": "Logement", "menage": "Ménage", "mot_de_passe": "Mot de passe", "motif": "Motif",
        "niveau_final": "Niveau atteint", "nom": "Nom", "ofpra": "Numéro OFPRA", "operateur": "Opérateur",
        "personne": "Personne", "place_attribuee_a": "Place attribuée à", "qpv": "Quartier prioritaire",
        "reference": "Référence", "referent": "Référent", "resultat": "Résultat", "resultats": "Résultats",
        "seances_civiques": "Séances de formation civique", "securite_sociale": "Numéro de sécurité sociale",
        "sortie": "Sortie", "sortie_positive": "Sortie positive", "telephone": "Téléphone", "titre": "Titre de séjour",
        "duree": "Durée", "statut": "Statut", "note": "Note", "noms_documents": "Noms (documents)",
        "noms_usuels": "Graphies usuelles", "annee_naissance": "Année de naissance",
        "mois_naissance": "Mois de naissance",
        "jour_naissance": "Jour de naissance", "sexe": "Sexe", "nationalite": "Nationalité", "protection": "Protection",
        "autorite_protection": "Autorité de la protection", "date_protection": "Date de la protection",
    ]

    /// "un ménage", "une orientation"…: what an event's record is, in words.
    static func record(_ type: String) -> String {
        [
            "menage": "Ménage", "orientation": "Orientation", "personne": "Personne", "compte": "Compte",
            "organisation": "Organisation", "departement": "Département", "diagnostic": "Diagnostic",
            "session": "Session", "jeton": "Jeton d'API", "formation": "Formation", "recherche": "Recherche",
            "rendez_vous": "Rendez-vous", "entretien": "Entretien",
        ][type] ?? label(type)
    }
}
