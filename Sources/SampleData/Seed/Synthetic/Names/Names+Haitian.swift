extension NameGroup {
    /// Haitian names.
    static let haitian = NameGroup(
        male: [
            "Jean", "Jean-Robert", "Jean-Claude", "Pierre", "Jacques", "Wilner", "Frantz", "Ricardo", "Stanley",
            "Wilson", "Jimmy", "Kervens", "Peterson", "Jocelyn", "Fritz", "Rony", "Reginald", "Marc-Arthur",
            "Lesly", "Widner", "Dieuseul", "Dieuvens", "Fednel", "Jonas", "Samuel", "Emmanuel", "Johnson",
            "Mackenson", "Wendell", "Evens", "Mardochée", "Benson", "Wilfrid",
        ],
        female: [
            "Marie", "Marie-Ange", "Nadège", "Guerline", "Wideline", "Rose-Marie", "Fabienne", "Mirlande",
            "Yolande", "Judith", "Roseline", "Marjorie", "Darline", "Fedline", "Lovely", "Stéphanie", "Nathalie",
            "Sandra", "Esther", "Magalie", "Islande", "Jessica", "Vanessa", "Kettly", "Mirline", "Sherline",
            "Wislande", "Ketia", "Berline", "Natacha", "Marlène", "Claudette", "Dieunie",
        ],
        family: [
            "Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Jean", "Saint-Fleur", "Saint-Louis", "Désir",
            "Dorvil", "Exantus", "Fleurimond", "Georges", "Jean-Louis", "Augustin", "Baptiste", "Célestin",
            "Delva", "Dorcéus", "Estimé", "Fils-Aimé", "François", "Guerrier", "Hyppolite", "Innocent", "Jacques",
            "Laguerre", "Lamour", "Noël", "Paul", "Philippe", "Pierre-Louis", "Raymond", "Saintil", "Valcourt",
            "Vilsaint", "Cadet", "Bellegarde", "Dessources", "Michel", "Mondésir", "Chéry",
        ],
        variants: [
            ["Désir", "Desir"], ["Célestin", "Celestin"], ["Dorcéus", "Dorceus"], ["Estimé", "Estime"],
            ["Fils-Aimé", "Fils Aime", "Filsaime"], ["Hyppolite", "Hippolyte"],
            ["Saint-Fleur", "St Fleur", "Saintfleur"],
            ["Saint-Louis", "St Louis"], ["Jean-Baptiste", "Jean Baptiste", "Jeanbaptiste"], ["Noël", "Noel"],
            ["Chéry", "Chery"], ["Mondésir", "Mondesir"], ["François", "Francois"], ["Pierre-Louis", "Pierre Louis"],
            ["Jean-Louis", "Jean Louis"], ["Stéphanie", "Stephanie"], ["Nadège", "Nadege"], ["Marlène", "Marlene"],
            ["Marie-Ange", "Marie Ange"], ["Rose-Marie", "Rose Marie", "Rosemarie"], ["Mardochée", "Mardochee"],
            ["Kervens", "Kerven"], ["Jean-Robert", "Jean Robert"], ["Jean-Claude", "Jean Claude"],
            ["Marc-Arthur", "Marc Arthur"], ["Frantz", "Franz"], ["Guerline", "Gerline"], ["Mirlande", "Myrlande"],
            ["Kettly", "Ketly"], ["Magalie", "Magali"], ["Wilfrid", "Wilfried"],
        ],
        secondGivenNameChance: 0.3,
        spouseSharesFamilyName: 0.4
    )
}
