extension NameGroup {
    /// Names of Guinea, Mali and northern Côte d'Ivoire (Fula, Malinke, Susu).
    static let westAfrican = NameGroup(
        male: [
            "Mamadou", "Alpha", "Ibrahima", "Amadou", "Oumar", "Boubacar", "Abdoulaye", "Thierno",
            "Souleymane", "Sekou", "Lansana", "Moussa", "Ousmane", "Alhassane", "Mohamed", "Aboubacar",
            "Ismaël", "Karamoko", "Fodé", "Mory", "Sidiki", "Djibril", "Daouda", "Seydou", "Bakary", "Modibo",
            "Amara", "Saïdou", "Issiaga", "Elhadj", "Tidiane", "Aliou", "Bangaly", "Sory", "Yaya", "Lamine",
            "Cheick", "Idrissa", "Mamoudou", "Saliou",
        ],
        female: [
            "Fatoumata", "Mariama", "Aissatou", "Kadiatou", "Hawa", "Aminata", "Mariam", "Fanta", "Djenabou",
            "Oumou", "Ramatoulaye", "Hadja", "Nènè", "Binta", "Kadidia", "Mabinty", "Saran", "Aïcha",
            "Diaraye", "Salimatou", "Mafoudia", "Kankou", "Nana", "Assitan", "Bintou", "Sira", "Djeneba",
            "Ramata", "Safiatou", "Massandjé", "Tenin", "Hadiatou", "Halimatou", "Maimouna",
        ],
        family: [
            "Diallo", "Barry", "Bah", "Sow", "Baldé", "Camara", "Condé", "Keïta", "Touré", "Traoré", "Kouyaté",
            "Sylla", "Soumah", "Bangoura", "Cissé", "Kaba", "Konaté", "Diakité", "Doumbouya", "Fofana",
            "Kourouma", "Sangaré", "Dramé", "Magassouba", "Kanté", "Koné", "Coulibaly", "Diarra", "Dembélé",
            "Sidibé", "Sissoko", "Sacko", "Fadiga", "Kaloga", "Yattara", "Savané", "Sakho", "Bamba", "Diané",
            "Tounkara", "Haïdara", "Maïga", "Tall", "Diaby", "Kamissoko", "Ouattara",
        ],
        variants: [
            ["Mamadou", "Mamadu", "Mamadi"], ["Diallo", "Jallow", "Djallo"],
            ["Fatoumata", "Fatimata", "Fatima", "Fatma"],
            ["Ibrahima", "Ibrahim", "Brahima"], ["Oumar", "Omar", "Umar"], ["Ousmane", "Usman", "Othmane"],
            ["Aissatou", "Aïssatou", "Aishatu"], ["Abdoulaye", "Abdullahi", "Abdoulay"],
            ["Boubacar", "Aboubacar", "Abubakar"], ["Souleymane", "Sulaiman", "Suleiman"],
            ["Sekou", "Sékou", "Sekouba"],
            ["Moussa", "Musa", "Mousa"], ["Touré", "Toure"], ["Keïta", "Keita"], ["Cissé", "Cisse", "Sisse"],
            ["Traoré", "Traore"], ["Baldé", "Balde"], ["Condé", "Conde", "Konde"], ["Djibril", "Jibril"],
            ["Kadiatou", "Khadiatou", "Kadijatou"], ["Mariama", "Mariame", "Maryama"], ["Aminata", "Aminatou"],
            ["Seydou", "Seidou"], ["Saïdou", "Saidou", "Sajdu"], ["Ismaël", "Ismael", "Ismail"],
            ["Fodé", "Fode", "Fodeh"], ["Bah", "Ba"], ["Barry", "Bari"], ["Dembélé", "Dembele"],
            ["Sidibé", "Sidibe"], ["Sangaré", "Sangare"], ["Diakité", "Diakite", "Jakite"], ["Konaté", "Konate"],
            ["Kouyaté", "Kouyate", "Kuyateh"], ["Dramé", "Drame"], ["Kanté", "Kante"], ["Koné", "Kone"],
            ["Haïdara", "Haidara"], ["Maïga", "Maiga"], ["Aïcha", "Aicha", "Aisha"], ["Nènè", "Nene"],
            ["Djenabou", "Dienabou", "Djénabou"], ["Ramatoulaye", "Ramatoulay", "Ramatulai"],
            ["Massandjé", "Massandje"], ["Elhadj", "El Hadj", "Alhaji"],
        ],
        secondGivenNameChance: 0.2,
        spouseSharesFamilyName: 0.1
    )

    /// Names of southern Côte d'Ivoire (Akan, Baoulé, Bété), with the French given names in use there.
    static let akan = NameGroup(
        male: [
            "Kouassi", "Kouadio", "Konan", "Kouakou", "Yao", "Koffi", "Kouamé", "N'Guessan", "Brou", "Kra",
            "Jean-Baptiste", "Serge", "Hervé", "Arnaud", "Franck", "Didier", "Patrice", "Éric", "Christian",
            "Olivier", "Armand", "Jean-Marc", "Ange", "Yannick", "Cédric", "Guy-Roland", "Lazare", "Blaise",
            "Fabrice", "Wilfried", "Aristide", "Désiré", "Innocent", "Bertin", "Firmin", "Emmanuel",
        ],
        female: [
            "Akissi", "Adjoua", "Amenan", "Ahou", "Aya", "Affoué", "Amoin", "Akoua", "Ama", "Christelle",
            "Estelle", "Nadège", "Sandrine", "Prisca", "Grâce", "Marie-Laure", "Pélagie", "Bernadette",
            "Solange", "Josiane", "Mireille", "Carine", "Fabienne", "Laetitia", "Flora", "Edwige", "Yvette",
            "Clarisse", "Ruth", "Esther", "Judith", "Adèle",
        ],
        family: [
            "Kouassi", "Konan", "Kouadio", "Yao", "N'Guessan", "Kouamé", "Koffi", "Kouakou", "Brou", "Kra",
            "Aka", "Assi", "N'Dri", "Allou", "Tanoh", "Ehui", "Amani", "Ahoussou", "Kanga", "Kacou", "Koua",
            "Boni", "Adou", "Yoboué", "Tano", "Loukou", "Yapi", "Zadi", "Gnahoré", "Dago", "Kassi", "Djédjé",
            "Gnamien", "Kadjo", "Ekra", "Akpa", "Assemien", "N'Goran", "Amon", "Bédi", "Séri", "Koudou",
        ],
        variants: [
            ["Kouassi", "Kwasi", "Kwassi"], ["Kouadio", "Kwadwo", "Kouadjo"], ["Kouakou", "Kwaku"],
            ["Kouamé", "Kwame", "Kouame"], ["Koffi", "Kofi"], ["Yao", "Yaw"], ["Akissi", "Akosua"],
            ["Adjoua", "Adwoa", "Ajoua"], ["Ama", "Amah"], ["Affoué", "Afoué", "Afua"], ["Amoin", "Amoa"],
            ["N'Guessan", "Nguessan", "N'Gessan"], ["N'Dri", "Ndri"], ["N'Goran", "Ngoran"], ["Éric", "Eric"],
            ["Hervé", "Herve"], ["Grâce", "Grace"], ["Yoboué", "Yoboue"], ["Nadège", "Nadege"],
            ["Pélagie", "Pelagie"], ["Désiré", "Desire"], ["Cédric", "Cedric"], ["Gnahoré", "Gnahore"],
            ["Djédjé", "Djedje"], ["Bédi", "Bedi"], ["Séri", "Seri"], ["Jean-Baptiste", "Jean Baptiste"],
            ["Marie-Laure", "Marie Laure"], ["Adèle", "Adele"],
        ],
        secondGivenNameChance: 0.25,
        spouseSharesFamilyName: 0.35
    )
}
