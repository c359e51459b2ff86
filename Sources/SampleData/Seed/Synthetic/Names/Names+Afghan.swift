extension NameGroup {
    /// Afghan names (Dari and Pashto).
    static let afghan = NameGroup(
        male: [
            "Mohammad", "Ahmad", "Mahmood", "Abdul Rahim", "Abdul Qadir", "Abdullah", "Ali", "Hamid",
            "Najibullah", "Hekmatullah", "Rahmatullah", "Zabihullah", "Khalid", "Farid", "Jawad", "Sayed",
            "Mustafa", "Nasir", "Omid", "Qasim", "Rashid", "Shafiq", "Wahid", "Yousuf", "Zaher", "Bilal",
            "Haroon", "Ismail", "Jamshid", "Karim", "Lutfullah", "Mirwais", "Naqibullah", "Obaidullah",
            "Parwiz", "Sohail", "Samiullah", "Tariq", "Wali", "Hussain", "Habibullah", "Ehsan", "Nabi",
            "Ibrahim", "Idris", "Sharif", "Fawad", "Asadullah", "Emal", "Jalal",
        ],
        female: [
            "Fatima", "Zahra", "Maryam", "Khadija", "Shakila", "Nazanin", "Parwana", "Farzana", "Gulalai",
            "Freshta", "Hosai", "Laila", "Mahbooba", "Nadia", "Nargis", "Nilofar", "Roya", "Sahar", "Shabnam",
            "Shirin", "Sima", "Sohaila", "Tahmina", "Wahida", "Zarghona", "Zakia", "Arezo", "Bibi Gul",
            "Fariba", "Homa", "Latifa", "Mursal", "Palwasha", "Rahima", "Sadia", "Soraya", "Zainab",
            "Masooma", "Hadisa", "Marzia",
        ],
        family: [
            "Ahmadzai", "Popalzai", "Barakzai", "Mohammadi", "Hussaini", "Rahimi", "Karimi", "Noori",
            "Sultani", "Stanikzai", "Safi", "Wardak", "Jalali", "Hashimi", "Sadat", "Amiri", "Azizi",
            "Hakimi", "Habibi", "Haidari", "Naseri", "Qaderi", "Rezaei", "Sharifi", "Yousufzai", "Zazai",
            "Mangal", "Shinwari", "Mohmand", "Kakar", "Durrani", "Tokhi", "Niazi", "Ghaznawi", "Faizi",
            "Samadi", "Ahmadi", "Nazari", "Rahmani", "Jafari", "Sakhi", "Andar", "Totakhil", "Afridi",
        ],
        variants: [
            ["Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mohamed"], ["Ahmad", "Ahmed"],
            ["Ahmadzai", "Ahmadzay", "Ahmadzaï"], ["Yousuf", "Yusuf", "Youssef", "Yousef"],
            ["Hussain", "Hussein", "Husain", "Hossein"], ["Mahmood", "Mahmoud", "Mahmud"],
            ["Abdul Rahim", "Abdulrahim", "Abdourahim"], ["Abdul Qadir", "Abdulqadir", "Abdelkader"],
            ["Najibullah", "Nadjibullah", "Najeebullah"], ["Hekmatullah", "Hikmatullah"],
            ["Rahmatullah", "Rahmatoullah"], ["Zabihullah", "Zabiullah"], ["Haroon", "Haroun", "Harun"],
            ["Ismail", "Esmail", "Smail"], ["Qasim", "Kassim", "Qassem"], ["Tariq", "Tarek", "Tarik"],
            ["Zaher", "Zaheer", "Zahir"], ["Sayed", "Sayyed", "Said"], ["Mustafa", "Moustafa", "Mostafa"],
            ["Nasir", "Nasser", "Naser"], ["Ibrahim", "Ebrahim", "Brahim"], ["Idris", "Idriss"],
            ["Jawad", "Djawad", "Javad"], ["Sharif", "Cherif", "Sherif"], ["Abdullah", "Abdallah", "Abdoulah"],
            ["Yousufzai", "Yousafzai", "Yusufzai"], ["Mohammadi", "Mohamadi", "Muhammadi"],
            ["Hussaini", "Hosseini", "Husaini"], ["Noori", "Nouri", "Nuri"], ["Rezaei", "Rezai", "Rezayi"],
            ["Hashimi", "Hachimi", "Hashemi"], ["Haidari", "Heidari", "Haydari"], ["Jafari", "Djafari"],
            ["Fatima", "Fatema", "Fatemeh"], ["Zahra", "Zahraa", "Zohra"], ["Maryam", "Mariam", "Meryem"],
            ["Khadija", "Khadidja", "Kadija"], ["Laila", "Leila", "Layla"], ["Nargis", "Narges"],
            ["Nilofar", "Niloufar"], ["Shabnam", "Chabnam"], ["Zainab", "Zeinab", "Zaynab"],
            ["Masooma", "Massouma", "Masuma"], ["Freshta", "Fereshteh", "Fershta"], ["Arezo", "Arezou", "Arezoo"],
        ],
        secondGivenNameChance: 0.3,
        spouseSharesFamilyName: 0.25
    )
}
