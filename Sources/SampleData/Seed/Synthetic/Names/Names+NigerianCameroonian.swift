extension NameGroup {
    /// Names of Nigeria (Igbo, Yoruba, Edo) and Cameroon, with the English and French given names in use there.
    static let nigerianCameroonian = NameGroup(
        male: [
            "Chinedu", "Emeka", "Obinna", "Ikechukwu", "Chukwuemeka", "Oluwaseun", "Tunde", "Adebayo", "Olumide",
            "Segun", "Kehinde", "Osagie", "Osaze", "Efosa", "Uyi", "Godwin", "Sunday", "Samuel", "Daniel",
            "Emmanuel", "Joseph", "Victor", "Collins", "Kingsley", "Felix", "Hervé", "Landry", "Boris", "Rodrigue",
            "Ulrich", "Brice", "Thierry", "Cyrille", "Yannick", "Arnaud", "Junior",
        ],
        female: [
            "Blessing", "Joy", "Favour", "Precious", "Mercy", "Faith", "Esther", "Ngozi", "Chiamaka", "Adaeze",
            "Chioma", "Nneka", "Funmilayo", "Folake", "Yetunde", "Osas", "Eki", "Efe", "Nadège", "Larissa",
            "Carine", "Brenda", "Vanessa", "Sandrine", "Christelle", "Audrey", "Linda", "Ruth", "Gladys",
            "Stéphanie", "Hortense", "Pauline", "Clarisse",
        ],
        family: [
            "Okafor", "Okeke", "Nwosu", "Eze", "Obi", "Okonkwo", "Chukwu", "Nnamdi", "Adeyemi", "Adebayo",
            "Ogunleye", "Olawale", "Afolabi", "Balogun", "Osagie", "Osaghae", "Omoregie", "Igbinedion", "Ehigiator",
            "Aigbe", "Iyamu", "Idahosa", "Uwaifo", "Ojo", "Bello", "Mbarga", "Atangana", "Nkoulou", "Fotso",
            "Tchakounté", "Kamga", "Ngono", "Essomba", "Tchinda", "Eyenga", "Mballa", "Tamo", "Foka", "Njoya",
            "Ndjock", "Talla", "Ekwueme", "Nwachukwu",
        ],
        variants: [
            ["Oluwaseun", "Seun", "Oluseun"], ["Tunde", "Babatunde"], ["Adebayo", "Adébayo"], ["Kehinde", "Kehindé"],
            ["Chinedu", "Tchinedu"], ["Ikechukwu", "Ikechukwou"], ["Chukwuemeka", "Chukwu Emeka"],
            ["Osagie", "Osagié"], ["Hervé", "Herve"], ["Chioma", "Tchioma"], ["Funmilayo", "Funmi"],
            ["Ngozi", "Ngozie"], ["Mercy", "Mercie"], ["Favour", "Favor"], ["Stéphanie", "Stephanie"],
            ["Nadège", "Nadege"], ["Tchakounté", "Tchakounte", "Chakounte"], ["Fotso", "Fotsso"],
            ["Mbarga", "Mbargha"], ["Nkoulou", "Nkulu"], ["Njoya", "Ndjoya"], ["Ndjock", "Njock"],
            ["Omoregie", "Omorégie"], ["Nwachukwu", "Nwachukwou"], ["Okonkwo", "Okonkwou"],
        ],
        secondGivenNameChance: 0.25,
        spouseSharesFamilyName: 0.6
    )
}
