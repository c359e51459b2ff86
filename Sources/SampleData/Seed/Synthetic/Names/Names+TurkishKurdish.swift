extension NameGroup {
    /// Turkish and Kurdish names of Turkey.
    static let turkishKurdish = NameGroup(
        male: [
            "Mehmet", "Ahmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Yusuf", "Ömer",
            "Murat", "Ramazan", "Osman", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Serkan",
            "Emre", "Cem", "Deniz", "Baran", "Rojhat", "Serhat", "Welat", "Zana", "Berzan", "Dilovan", "Azad",
            "Şivan", "Agit", "Hogir", "Rêber", "Kawa", "Mazlum", "Erdal",
        ],
        female: [
            "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Hülya",
            "Sultan", "Leyla", "Esra", "Gülsüm", "Havva", "Özlem", "Derya", "Songül", "Berivan", "Rojda",
            "Zozan", "Dilan", "Evin", "Gulistan", "Nergiz", "Rojin", "Nazlı", "Sevda", "Aynur", "Hanife",
            "Medine", "Berfin", "Helin", "Delal",
        ],
        family: [
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
            "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
            "Korkmaz", "Erdem", "Acar", "Tekin", "Aktaş", "Güneş", "Bulut", "Ekinci", "Tunç", "Akbulut",
            "Kaplan", "Bozkurt", "Ateş", "Keskin", "Uçar", "Budak", "Oral", "Baran", "Zengin", "Ayhan", "Akın",
            "Ergin", "Altun", "Bingöl", "Tanrıkulu", "Avcı",
        ],
        variants: [
            ["Mehmet", "Mehmed"], ["Ahmet", "Ahmed", "Ahmad"], ["Hüseyin", "Huseyin", "Hussein"],
            ["İbrahim", "Ibrahim"], ["İsmail", "Ismail"], ["Ömer", "Omer", "Omar"], ["Yusuf", "Youssouf", "Yousef"],
            ["Süleyman", "Suleyman", "Souleymane"], ["Mahmut", "Mahmoud", "Mahmud"], ["Şivan", "Sivan", "Chivan"],
            ["Rêber", "Reber"], ["Hasan", "Hassan"], ["Recep", "Redjep", "Rajab"], ["Fatma", "Fatima"],
            ["Ayşe", "Ayse", "Aïcha"], ["Hatice", "Hatidje", "Khadija"], ["Zeynep", "Zeinab"],
            ["Şerife", "Serife"], ["Meryem", "Meriem", "Maryam"], ["Gülsüm", "Gulsum", "Kulthum"],
            ["Yılmaz", "Yilmaz"], ["Şahin", "Sahin", "Chahin"], ["Çelik", "Celik"], ["Yıldız", "Yildiz"],
            ["Yıldırım", "Yildirim"], ["Öztürk", "Ozturk"], ["Aydın", "Aydin"], ["Özdemir", "Ozdemir"],
            ["Doğan", "Dogan"], ["Kılıç", "Kilic"], ["Çetin", "Cetin"], ["Koç", "Koc"], ["Şimşek", "Simsek"],
            ["Güneş", "Gunes"], ["Tunç", "Tunc"], ["Ateş", "Ates"], ["Uçar", "Ucar"], ["Avcı", "Avci"],
            ["Aktaş", "Aktas"], ["Akın", "Akin"], ["Özkan", "Ozkan"], ["Bingöl", "Bingol"],
            ["Tanrıkulu", "Tanrikulu"], ["Nazlı", "Nazli"], ["Songül", "Songul"], ["Özlem", "Ozlem"],
            ["Hülya", "Hulya"], ["Leyla", "Leila", "Layla"],
        ],
        secondGivenNameChance: 0.12,
        spouseSharesFamilyName: 0.8
    )
}
