extension NameGroup {
    /// Somali names; the "family name" on documents is usually the grandfather's name.
    static let somali = NameGroup(
        male: [
            "Mohamed", "Abdirahman", "Abdullahi", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Yusuf", "Ismail",
            "Abdi", "Abdikarim", "Abdiaziz", "Abdirashid", "Mohamud", "Farah", "Osman", "Said", "Jama", "Warsame",
            "Liban", "Mahad", "Guled", "Khalid", "Bashir", "Nur", "Sharmarke", "Abdiwali", "Faysal", "Hamse",
            "Ayanle", "Abdisalam", "Mustafe",
        ],
        female: [
            "Fadumo", "Hodan", "Amina", "Asha", "Halima", "Hawa", "Sahra", "Khadija", "Maryan", "Ifrah", "Nimco",
            "Deeqa", "Idil", "Ubah", "Sagal", "Ayaan", "Farhiya", "Hibo", "Safiya", "Shukri", "Najma", "Anab",
            "Fartun", "Muna", "Ladan", "Ikram", "Ruqiya", "Sucaad", "Istahil", "Kowsar", "Hamdi", "Nasra",
        ],
        family: [
            "Mohamed", "Ahmed", "Ali", "Hassan", "Hussein", "Abdi", "Farah", "Osman", "Jama", "Warsame", "Yusuf",
            "Omar", "Ismail", "Abdullahi", "Aden", "Egal", "Hirsi", "Dahir", "Elmi", "Mohamud", "Nur", "Samatar",
            "Guled", "Duale", "Abdille", "Gedi", "Hersi", "Awale", "Shire", "Robleh", "Jibril", "Mire", "Kahin",
            "Ibrahim", "Sheikh", "Gure", "Bile", "Salad", "Musse", "Qasim", "Abdulle", "Wehliye",
        ],
        variants: [
            ["Mohamed", "Mohammed", "Maxamed", "Mohamad"], ["Abdirahman", "Abdulrahman", "Cabdiraxmaan"],
            ["Abdullahi", "Abdallah", "Cabdullaahi"], ["Hassan", "Xasan", "Hasan"], ["Hussein", "Xuseen", "Husein"],
            ["Yusuf", "Yuusuf", "Youssouf"], ["Jama", "Jaamac"], ["Osman", "Cusmaan", "Othman"],
            ["Warsame", "Warsama"], ["Aden", "Adan", "Aadan"], ["Mohamud", "Maxamuud", "Mahmoud"],
            ["Farah", "Faarax"], ["Ismail", "Ismaaciil"], ["Omar", "Cumar", "Umar"], ["Ahmed", "Axmed", "Ahmad"],
            ["Abdi", "Cabdi"], ["Dahir", "Daahir", "Tahir"], ["Hirsi", "Xirsi"], ["Hersi", "Xersi"],
            ["Abdikarim", "Cabdikariim"], ["Abdiaziz", "Cabdicasiis"], ["Faysal", "Faisal"], ["Hamse", "Hamza"],
            ["Mustafe", "Mustafa"], ["Duale", "Dualeh"], ["Abdulle", "Cabdulle"],
            ["Fadumo", "Faadumo", "Fatuma", "Fatima"], ["Hodan", "Hodon"], ["Sahra", "Sahro", "Zahra"],
            ["Khadija", "Khadiijo", "Hadija"], ["Maryan", "Maryam", "Mariam"], ["Nimco", "Nimo"],
            ["Deeqa", "Deka", "Dheeqa"], ["Ubah", "Ubax"], ["Shukri", "Shukria"], ["Sucaad", "Suad", "Souad"],
            ["Ruqiya", "Roqiya", "Ruqaya"], ["Kowsar", "Kawsar"], ["Asha", "Aisha", "Caasha"], ["Halima", "Xaliimo"],
        ],
        secondGivenNameChance: 0.25,
        spouseSharesFamilyName: 0.0
    )
}
