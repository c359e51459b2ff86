/// A line of the project budget of cerfa 12156, by account of the associations' chart of accounts.
public struct BudgetAccount: Sendable, Equatable {
    /// Which side of the budget a line is on.
    public enum Side: Sendable, Equatable {
        case charges
        case products
        /// Voluntary contributions in kind: 86 (their use) and 87 (their source), balanced on their own.
        case contributionsUsed
        case contributionsReceived
    }

    /// The field name and code, e.g. "60" or "74.etat_p104".
    public let code: String
    public let label: String
    public let side: Side

    /// The line of the request itself: the subsidy asked of the State on programme 104.
    public static let requestCode = "74.etat_p104"

    /// Every line, in the order of the form.
    public static let all: [BudgetAccount] = [
        .init(code: "60", label: "60 – Achats (prestations, fournitures)", side: .charges),
        .init(code: "61", label: "61 – Services extérieurs (locations, entretien, assurances)", side: .charges),
        .init(code: "62", label: "62 – Autres services extérieurs (honoraires, déplacements)", side: .charges),
        .init(code: "63", label: "63 – Impôts et taxes", side: .charges),
        .init(code: "64", label: "64 – Charges de personnel", side: .charges),
        .init(code: "65", label: "65 – Autres charges de gestion courante", side: .charges),
        .init(code: "66", label: "66 – Charges financières", side: .charges),
        .init(code: "67", label: "67 – Charges exceptionnelles", side: .charges),
        .init(code: "68", label: "68 – Dotations aux amortissements", side: .charges),
        .init(code: "70", label: "70 – Ventes, prestations de services", side: .products),
        .init(code: "73", label: "73 – Dotations et produits de tarification", side: .products),
        .init(code: requestCode, label: "74 – État, programme 104 (la présente demande)", side: .products),
        .init(code: "74.etat_autre", label: "74 – État, autres programmes ou ministères", side: .products),
        .init(code: "74.region", label: "74 – Conseil régional", side: .products),
        .init(code: "74.departement", label: "74 – Conseil départemental", side: .products),
        .init(code: "74.communes", label: "74 – Communes et intercommunalités", side: .products),
        .init(code: "74.organismes_sociaux", label: "74 – Organismes sociaux (CAF…)", side: .products),
        .init(code: "74.europe", label: "74 – Fonds européens (FSE, FAMI…)", side: .products),
        .init(code: "74.asp", label: "74 – Agence de services et de paiement (emplois aidés)", side: .products),
        .init(code: "74.etablissements", label: "74 – Autres établissements publics", side: .products),
        .init(code: "74.prive", label: "74 – Aides privées (fondations)", side: .products),
        .init(code: "75", label: "75 – Autres produits de gestion courante (cotisations, dons)", side: .products),
        .init(code: "76", label: "76 – Produits financiers", side: .products),
        .init(code: "77", label: "77 – Produits exceptionnels", side: .products),
        .init(code: "78", label: "78 – Reprises sur amortissements et provisions", side: .products),
        .init(code: "86", label: "86 – Emplois des contributions volontaires en nature", side: .contributionsUsed),
        .init(code: "87", label: "87 – Contributions volontaires en nature", side: .contributionsReceived),
    ]
}

/// A project budget: an amount per account line (absent lines are zero).
public struct ProjectBudget: Sendable, Equatable, Codable {
    public var amounts: [String: Money]

    public init(amounts: [String: Money]) { self.amounts = amounts }

    /// Σ of one side.
    public func total(_ side: BudgetAccount.Side) -> Money {
        Money.sum(BudgetAccount.all.filter { $0.side == side }.map { amounts[$0.code] ?? .zero })
    }

    /// The subsidy asked of programme 104.
    public var requested: Money { amounts[BudgetAccount.requestCode] ?? .zero }

    /// "Le total des charges doit être égal au total des produits", and the contributions in kind balance on their own
    /// (86 = 87). Messages keyed by the field they concern.
    public var balanceProblems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        let charges = total(.charges)
        let products = total(.products)
        if charges != products {
            let gap = charges > products ? charges - products : products - charges
            problems.append(
                (
                    "budget.60",
                    "Le budget n'est pas équilibré : charges \(charges.french), produits \(products.french) "
                        + "(écart \(gap.french)). Le total des charges doit être égal au total des produits."
                )
            )
        }
        let used = total(.contributionsUsed)
        let received = total(.contributionsReceived)
        if used != received {
            problems.append(
                (
                    "budget.86",
                    "Les contributions volontaires ne s'équilibrent pas : emplois (86) \(used.french), ressources (87) "
                        + "\(received.french)."
                )
            )
        }
        return problems
    }
}
