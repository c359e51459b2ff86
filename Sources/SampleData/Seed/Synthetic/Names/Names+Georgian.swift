extension NameGroup {
    /// Georgian names.
    static let georgian = NameGroup(
        male: [
            "Giorgi", "Davit", "Levan", "Nika", "Irakli", "Zurab", "Giga", "Lasha", "Tornike", "Beka", "Luka",
            "Mikheil", "Aleksandre", "Vakhtang", "Tamaz", "Gela", "Gocha", "Koba", "Mamuka", "Nodar", "Otar",
            "Paata", "Revaz", "Shota", "Temur", "Vano", "Zaza", "Archil", "Badri", "Dato", "Elguja", "Goga",
            "Kakha", "Merab", "Tengiz",
        ],
        female: [
            "Nino", "Tamar", "Mariam", "Ana", "Elene", "Ketevan", "Natia", "Nana", "Eka", "Maia", "Lela", "Manana",
            "Nato", "Salome", "Sopho", "Tinatin", "Khatuna", "Irma", "Lali", "Marina", "Medea", "Nanuli", "Nestan",
            "Rusudan", "Tea", "Tsira", "Maka", "Lika", "Khatia", "Keti", "Gvantsa", "Nutsa", "Teona", "Ia",
        ],
        family: [
            "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze", "Tsiklauri", "Bolkvadze",
            "Nozadze", "Abashidze", "Mikeladze", "Tabatadze", "Chikhladze", "Janelidze", "Gogoladze",
            "Khutsishvili", "Kiknadze", "Mamaladze", "Chkheidze", "Kharaishvili", "Shengelia", "Gogia",
            "Kvaratskhelia", "Kurtanidze", "Datunashvili", "Gvenetadze", "Tsertsvadze", "Dolidze", "Bakuradze",
            "Meladze", "Lobzhanidze", "Javakhishvili", "Chanturia", "Kupatadze", "Esakia", "Dvali", "Gabunia",
            "Sulaberidze", "Arabuli", "Kalandadze", "Tsintsadze", "Jgharkava",
        ],
        variants: [
            ["Giorgi", "Georgi", "Guiorgui"], ["Davit", "David"], ["Mikheil", "Mikhail", "Mikhaïl"],
            ["Aleksandre", "Alexandre", "Aleksandr"], ["Irakli", "Irakly"], ["Tornike", "Tornique"],
            ["Vakhtang", "Vaxtang"], ["Revaz", "Rezo"], ["Temur", "Timur"], ["Elguja", "Elgoudja"],
            ["Ketevan", "Ketevani", "Qetevan"], ["Sopho", "Sophio", "Sofia"], ["Khatuna", "Hatuna", "Katuna"],
            ["Tinatin", "Tinatini"], ["Elene", "Elena", "Hélène"], ["Ana", "Anna"], ["Khatia", "Katia"],
            ["Tsiklauri", "Tsiklaouri"], ["Kvaratskhelia", "Kvaratskhelya"], ["Khutsishvili", "Houtsichvili"],
            ["Kharaishvili", "Kharaichvili"], ["Gelashvili", "Guelachvili", "Gelachvili"],
            ["Chikhladze", "Tchikhladze"], ["Chkheidze", "Tchkheidze"], ["Janelidze", "Djanelidze", "Dzhanelidze"],
            ["Javakhishvili", "Djavakhichvili"], ["Datunashvili", "Datounachvili"], ["Chanturia", "Tchanturia"],
            ["Lobzhanidze", "Lobjanidze"], ["Jgharkava", "Djgharkava"], ["Giorgadze", "Guiorgadze"],
            ["Kiknadze", "Kiknadzé"],
        ],
        secondGivenNameChance: 0.0,
        spouseSharesFamilyName: 0.8
    )
}
