extension NameGroup {
    /// Urdu and Punjabi names of Pakistan.
    static let urdu = NameGroup(
        male: [
            "Muhammad", "Ali", "Ahmed", "Hassan", "Usman", "Bilal", "Imran", "Asif", "Kashif", "Faisal", "Zeeshan",
            "Waqas", "Adnan", "Farhan", "Shahid", "Tariq", "Nadeem", "Naveed", "Sajid", "Rizwan", "Junaid",
            "Kamran", "Irfan", "Zubair", "Shoaib", "Umair", "Salman", "Amjad", "Arshad", "Javed", "Khurram",
            "Waseem", "Asad", "Hamza", "Fahad", "Noman",
        ],
        female: [
            "Ayesha", "Fatima", "Sana", "Saima", "Nadia", "Rabia", "Amna", "Hira", "Mehwish", "Samina", "Shazia",
            "Asma", "Naila", "Bushra", "Uzma", "Sadia", "Zainab", "Iqra", "Mariam", "Farah", "Huma", "Sobia",
            "Rukhsana", "Nasreen", "Kiran", "Naheed", "Shabana", "Saba", "Aqsa", "Tahira", "Nighat", "Fozia",
            "Shumaila",
        ],
        family: [
            "Khan", "Ahmed", "Ali", "Hussain", "Shah", "Malik", "Qureshi", "Chaudhry", "Butt", "Raza", "Iqbal",
            "Akhtar", "Siddiqui", "Sheikh", "Mirza", "Abbasi", "Rana", "Bhatti", "Awan", "Javed", "Aslam",
            "Rehman", "Mahmood", "Hashmi", "Gill", "Cheema", "Warraich", "Bajwa", "Janjua", "Niazi", "Yousafzai",
            "Afridi", "Baloch", "Jatoi", "Memon", "Ansari", "Rizvi", "Naqvi", "Zaidi", "Kazmi", "Gondal", "Tarar",
        ],
        variants: [
            ["Muhammad", "Mohammad", "Mohammed", "Muhammed"], ["Hussain", "Hussein", "Husain"],
            ["Usman", "Osman", "Othman"], ["Chaudhry", "Chaudhary", "Choudhry"], ["Qureshi", "Koreshi", "Qurashi"],
            ["Siddiqui", "Siddiqi", "Sediqi"], ["Rehman", "Rahman"], ["Mahmood", "Mahmud"], ["Ahmed", "Ahmad"],
            ["Hassan", "Hasan"], ["Ayesha", "Aisha", "Aysha"], ["Fatima", "Fatma"], ["Amna", "Amina"],
            ["Mariam", "Maryam"], ["Rizwan", "Ridwan", "Rezwan"], ["Javed", "Javaid", "Jawed"],
            ["Waseem", "Wasim"], ["Nadeem", "Nadim"], ["Naveed", "Navid"], ["Junaid", "Junayd"],
            ["Zubair", "Zoubair", "Zubayr"], ["Shoaib", "Shuaib", "Chouaib"], ["Tariq", "Tarik", "Tarek"],
            ["Faisal", "Faysal", "Fayçal"], ["Fahad", "Fahd"], ["Noman", "Nouman"], ["Zeeshan", "Zishan"],
            ["Rukhsana", "Rukhsanah"], ["Nasreen", "Nasrin"], ["Fozia", "Fouzia", "Fauzia"],
            ["Shazia", "Shaziya"], ["Rabia", "Rabiya"], ["Bushra", "Boushra"],
            ["Yousafzai", "Yousufzai", "Yusufzai"], ["Sheikh", "Cheikh", "Shaikh"], ["Rizvi", "Rizwi"],
        ],
        secondGivenNameChance: 0.12,
        spouseSharesFamilyName: 0.4
    )
}
