extension NameGroup {
    /// Persian names of Iran.
    static let persian = NameGroup(
        male: [
            "Ali", "Reza", "Mohammad", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behrouz", "Farhad",
            "Kourosh", "Dariush", "Babak", "Arash", "Omid", "Pouya", "Siavash", "Kaveh", "Navid", "Payam", "Ramin",
            "Shahram", "Mostafa", "Hadi", "Javad", "Ehsan", "Hamed", "Masoud", "Mojtaba", "Afshin", "Peyman",
            "Sina", "Milad", "Morteza",
        ],
        female: [
            "Maryam", "Zahra", "Fatemeh", "Sara", "Narges", "Leila", "Mahsa", "Parisa", "Shirin", "Neda", "Samira",
            "Azadeh", "Elham", "Fereshteh", "Mahnaz", "Mina", "Nasrin", "Roya", "Sepideh", "Somayeh", "Tahereh",
            "Golnar", "Laleh", "Parvaneh", "Shiva", "Yasaman", "Negar", "Mitra", "Shabnam", "Nazanin", "Niloufar",
            "Marjan", "Haleh", "Ladan",
        ],
        family: [
            "Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Hashemi", "Rahimi", "Mousavi",
            "Jafari", "Ghasemi", "Sadeghi", "Heidari", "Kazemi", "Rostami", "Akbari", "Amini", "Ebrahimi", "Nazari",
            "Salehi", "Bagheri", "Tehrani", "Shirazi", "Esfahani", "Tabrizi", "Soltani", "Naderi", "Azizi",
            "Zamani", "Yazdani", "Farahani", "Abbasi", "Rahmani", "Alavi", "Ansari", "Mahmoudi", "Sharifi", "Asadi",
            "Kiani", "Shahbazi", "Behzadi", "Parsa",
        ],
        variants: [
            ["Mohammad", "Mohamad", "Mohammed", "Muhammad"], ["Hossein", "Hussein", "Hosein"],
            ["Saeed", "Said", "Saïd"], ["Mehdi", "Mahdi"], ["Kourosh", "Kurosh", "Cyrus"],
            ["Dariush", "Dariouch", "Darius"], ["Masoud", "Massoud", "Masud"], ["Mojtaba", "Modjtaba"],
            ["Morteza", "Mortaza"], ["Javad", "Djavad", "Jawad"], ["Behrouz", "Behruz"], ["Siavash", "Siavach"],
            ["Mostafa", "Moustafa", "Mustafa"], ["Pouya", "Puya"], ["Fatemeh", "Fatima", "Fatemah"],
            ["Zahra", "Zohreh", "Zara"], ["Narges", "Nargis"], ["Leila", "Leyla", "Layla"],
            ["Fereshteh", "Fereshte", "Freshta"], ["Somayeh", "Soumaya", "Somaye"], ["Tahereh", "Tahera"],
            ["Yasaman", "Yasamin", "Jasmin"], ["Niloufar", "Nilufar", "Nilofar"], ["Maryam", "Mariam"],
            ["Parvaneh", "Parvane"], ["Hosseini", "Husseini", "Hoseini"], ["Rezaei", "Rezai", "Rezayi"],
            ["Mousavi", "Moussavi", "Musavi"], ["Jafari", "Djafari", "Jaafari"], ["Ghasemi", "Ghassemi", "Qasemi"],
            ["Sadeghi", "Sadeqi"], ["Heidari", "Haidari", "Heydari"], ["Ebrahimi", "Ibrahimi"],
            ["Bagheri", "Baqeri"], ["Esfahani", "Isfahani"], ["Mohammadi", "Mohamadi"], ["Hashemi", "Hachemi"],
            ["Kazemi", "Kazimi"], ["Soltani", "Sultani"],
        ],
        secondGivenNameChance: 0.08,
        spouseSharesFamilyName: 0.05
    )
}
