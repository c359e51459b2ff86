extension NameGroup {
    /// Tigrinya names of Eritrea; the "family name" on documents is usually the father's name.
    static let tigrinya = NameGroup(
        male: [
            "Tesfaye", "Yonas", "Dawit", "Mebrahtu", "Tekle", "Haile", "Berhane", "Kidane", "Yohannes", "Samuel",
            "Filmon", "Robel", "Henok", "Biniam", "Aman", "Ermias", "Habtom", "Semere", "Tsegay", "Goitom",
            "Medhanie", "Amanuel", "Kibrom", "Mussie", "Natnael", "Teklay", "Welday", "Abraham", "Solomon",
            "Efrem", "Measho", "Ghirmay", "Tewelde", "Mehari",
        ],
        female: [
            "Helen", "Senait", "Selam", "Mebrat", "Tsega", "Lidia", "Rahel", "Saba", "Ruta", "Winta", "Hiwet",
            "Azieb", "Almaz", "Abeba", "Letekidan", "Mihret", "Freweini", "Yordanos", "Eden", "Hanna", "Semhar",
            "Feven", "Luwam", "Nebiat", "Elsa", "Simret", "Wegahta", "Tirhas", "Akberet", "Mizan", "Sara", "Rigbe",
        ],
        family: [
            "Tesfamariam", "Ghebremedhin", "Woldemichael", "Haile", "Tekle", "Berhe", "Kidane", "Gebremariam",
            "Tesfay", "Habte", "Asmerom", "Mehari", "Tewolde", "Zerai", "Ghebreyesus", "Andemariam", "Weldu",
            "Negash", "Kahsay", "Gebru", "Hagos", "Araya", "Abraha", "Gebremeskel", "Teklehaimanot", "Yemane",
            "Fesehaye", "Okbay", "Measho", "Solomon", "Tsegai", "Hailu", "Mengsteab", "Mebrahtu", "Ghirmai",
            "Berhane", "Sium", "Ghebrehiwet", "Weldemariam", "Kifle", "Tesfu", "Gebrehiwet",
        ],
        variants: [
            ["Tesfaye", "Tesfay", "Tesfai"], ["Yonas", "Jonas", "Yonass"], ["Dawit", "David"],
            ["Yohannes", "Yohanes", "Johannes"], ["Berhane", "Berhan", "Birhane"], ["Kidane", "Kidan"],
            ["Tsegay", "Tsegai", "Tsegaye"], ["Medhanie", "Medhane"], ["Amanuel", "Emmanuel"],
            ["Mussie", "Musie", "Moses"], ["Biniam", "Biniyam"], ["Filmon", "Philemon"], ["Efrem", "Ephrem"],
            ["Ghirmay", "Ghirmai", "Girmay"], ["Tewelde", "Tewolde"], ["Welday", "Weldai"],
            ["Ghebremedhin", "Gebremedhin"], ["Woldemichael", "Weldemichael", "Wolde Mikael"],
            ["Gebremariam", "Ghebremariam", "Gebre Mariam"], ["Ghebreyesus", "Gebreyesus"],
            ["Tesfamariam", "Tesfa Mariam"], ["Ghebrehiwet", "Gebrehiwet"], ["Weldemariam", "Woldemariam"],
            ["Hagos", "Hagoss"], ["Weldu", "Woldu"], ["Abraha", "Abreha"], ["Zerai", "Zeray"],
            ["Helen", "Helena", "Hellen"], ["Rahel", "Rachel"], ["Lidia", "Lydia"], ["Selam", "Salam"],
            ["Senait", "Senayt"], ["Yordanos", "Jordanos"], ["Hanna", "Hana"], ["Sara", "Sarah"],
            ["Freweini", "Frewoini"], ["Tirhas", "Terhas"], ["Mihret", "Meheret"], ["Hiwet", "Hiwot"],
        ],
        secondGivenNameChance: 0.05,
        spouseSharesFamilyName: 0.0
    )
}
