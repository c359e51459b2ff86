extension NameGroup {
    /// Congolese names (Lingala, Kikongo, Swahili, Luba) with the French given names in use in DR Congo.
    static let congolese = NameGroup(
        male: [
            "Jean-Pierre", "Patrick", "Christian", "Emmanuel", "Joseph", "Papy", "Trésor", "Héritier", "Glody",
            "Junior", "Fiston", "Dieudonné", "Blaise", "Guelord", "Jonathan", "Christophe", "Serge", "Didier",
            "Rodrigue", "Landry", "Exaucé", "Chancel", "Jérémie", "Moïse", "Josué", "Bienvenu", "Aimé", "Désiré",
            "Placide", "Olivier", "Arsène", "Faustin", "Alain", "Gloire", "Prince", "Bahati", "Mugisha",
        ],
        female: [
            "Marie", "Grâce", "Merveille", "Gloria", "Esther", "Ruth", "Rachel", "Sarah", "Christelle", "Nadine",
            "Jolie", "Mireille", "Chantal", "Solange", "Francine", "Béatrice", "Clarisse", "Divine", "Ornella",
            "Patience", "Rebecca", "Naomie", "Déborah", "Joséphine", "Anne-Marie", "Jeannette", "Bibiche", "Mamie",
            "Nathalie", "Sylvie", "Odette", "Huguette", "Exaucée", "Mapendo", "Neema",
        ],
        family: [
            "Mukendi", "Tshibangu", "Kabongo", "Ilunga", "Kalonji", "Mbuyi", "Ngoy", "Kasongo", "Mutombo",
            "Tshimanga", "Lukusa", "Kanku", "Mbala", "Makiese", "Nzuzi", "Lusamba", "Mulumba", "Kazadi", "Mwamba",
            "Bokungu", "Bolamba", "Likoko", "Mbemba", "Ngalula", "Nkulu", "Matondo", "Mavungu", "Lutete", "Kiese",
            "Nsimba", "Diansangu", "Mayala", "Mugisho", "Bisimwa", "Bahizire", "Cirhuza", "Masudi", "Lokwa",
            "Bompaka", "Elonga", "Nsumbu", "Kayembe", "Kalala", "Ngandu", "Mpoyi",
        ],
        variants: [
            ["Tshibangu", "Chibangu", "Tchibangu"], ["Mukendi", "Mukendji"], ["Kalonji", "Kalonzi"],
            ["Mbuyi", "Mbuji"], ["Ngoy", "Ngoyi"], ["Mwamba", "Mouamba"], ["Mulumba", "Moulumba"],
            ["Mutombo", "Moutombo"], ["Tshimanga", "Chimanga"], ["Kasongo", "Kassongo"], ["Lukusa", "Loukoussa"],
            ["Mpoyi", "Mpoy"], ["Masudi", "Massoudi"], ["Trésor", "Tresor"], ["Héritier", "Heritier"],
            ["Dieudonné", "Dieudonne"], ["Exaucé", "Exauce"], ["Moïse", "Moise"], ["Josué", "Josue"],
            ["Jérémie", "Jeremie"], ["Désiré", "Desire"], ["Aimé", "Aime"], ["Arsène", "Arsene"],
            ["Grâce", "Grace"], ["Déborah", "Deborah"], ["Naomie", "Noémie", "Naomi"], ["Guelord", "Gaylord"],
            ["Béatrice", "Beatrice"], ["Joséphine", "Josephine"], ["Exaucée", "Exaucee"],
            ["Jean-Pierre", "Jean Pierre"], ["Anne-Marie", "Anne Marie"], ["Sarah", "Sara"],
        ],
        secondGivenNameChance: 0.3,
        spouseSharesFamilyName: 0.15
    )
}
