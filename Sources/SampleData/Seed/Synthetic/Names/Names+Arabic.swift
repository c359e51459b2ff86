extension NameGroup {
    /// Arabic names of Syria and Iraq.
    static let arabic = NameGroup(
        male: [
            "Mohammed", "Ahmed", "Mahmoud", "Mustafa", "Abdelrahman", "Abdallah", "Omar", "Ali", "Hussein",
            "Hassan", "Khaled", "Youssef", "Ibrahim", "Ismail", "Yasser", "Walid", "Samer", "Rami", "Fadi",
            "Tarek", "Majed", "Hamza", "Anas", "Bilal", "Adam", "Haroun", "Idriss", "Issa",
            "Moussa", "Salah", "Nasser", "Karim", "Zakaria", "Amir", "Hisham", "Jamal", "Sami", "Mazen",
        ],
        female: [
            "Fatima", "Aisha", "Maryam", "Nour", "Rania", "Hiba", "Amira", "Asmaa", "Rasha", "Lina", "Reem",
            "Dima", "Hanan", "Huda", "Salma", "Samira", "Zainab", "Amal", "Yasmin", "Sara", "Alaa", "Ghada",
            "Mona", "Nadia", "Layla", "Suha", "Wafaa", "Khadija", "Halima", "Safia", "Intisar",
            "Bayan", "Rawan", "Sidra", "Ruqaya",
        ],
        family: [
            "Al-Ahmad", "Al-Hassan", "Al-Ali", "Al-Khalil", "Al-Hamoud", "Al-Mohammad", "Haddad", "Khalil",
            "Hamdan", "Darwish", "Ibrahim", "Mansour", "Saleh", "Youssef", "Othman", "Abdallah", "Ismail",
            "Hussein", "Al-Obeidi", "Al-Jubouri", "Al-Zubaidi", "Al-Tamimi", "Al-Dulaimi", "Al-Shammari", "Osman",
            "Al-Hariri", "Al-Saadi", "Al-Karim", "Yahya", "Suleiman", "Hamid", "Nour", "Kassem", "Sabbagh",
            "Halabi", "Shami", "Masri", "Khatib", "Najjar", "Rifai", "Qassab", "Attar", "Bakri", "Hilal",
        ],
        variants: [
            ["Mohammed", "Muhammad", "Mohamad", "Mohammad", "Mohamed"],
            ["Abdelrahman", "Abdul Rahman", "Abderrahmane", "Abdulrahman"], ["Nour", "Noor", "Nur"],
            ["Youssef", "Yusuf", "Yousef", "Youssouf"], ["Hussein", "Husain", "Hossein", "Houssein"],
            ["Hassan", "Hasan", "Hacen"], ["Khaled", "Khalid"], ["Mahmoud", "Mahmud", "Mahmood"],
            ["Mustafa", "Moustafa", "Mostafa"], ["Omar", "Umar", "Oumar"], ["Ibrahim", "Ebrahim", "Brahim"],
            ["Ismail", "Ismaël", "Esmail"], ["Yasser", "Yasir", "Yassir"], ["Walid", "Waleed", "Oualid"],
            ["Tarek", "Tariq", "Tarik"], ["Majed", "Majid", "Madjid"], ["Hamza", "Hamzah"],
            ["Abdallah", "Abdullah", "Abdellah"], ["Idriss", "Idris"],
            ["Hisham", "Hicham", "Hesham"], ["Zakaria", "Zakariya", "Zacharia"], ["Issa", "Eissa", "Isa"],
            ["Fatima", "Fatma", "Fatimah"], ["Aisha", "Aicha", "Aïcha", "Ayesha"], ["Maryam", "Mariam", "Meryem"],
            ["Asmaa", "Asma"], ["Reem", "Rim"], ["Huda", "Houda"], ["Samira", "Sameera"],
            ["Zainab", "Zeinab", "Zaynab"], ["Yasmin", "Yasmine"], ["Alaa", "Ala"], ["Wafaa", "Wafa"],
            ["Khadija", "Khadidja", "Khadeeja"], ["Halima", "Halimah"], ["Ruqaya", "Roqaya", "Rokaya"],
            ["Haddad", "Hadad"], ["Khalil", "Khaleel"], ["Darwish", "Derwich", "Darwiche"],
            ["Mansour", "Mansur"], ["Saleh", "Salih"], ["Othman", "Osman", "Uthman"],
            ["Al-Obeidi", "Al-Ubaydi", "Obeidi"], ["Al-Jubouri", "Al-Juburi", "Jbouri"], ["Al-Zubaidi", "Zubaydi"],
            ["Suleiman", "Sulayman", "Souleimane"], ["Kassem", "Qassem", "Qasim"], ["Khatib", "Al-Khatib"],
            ["Najjar", "Nadjar"], ["Al-Ahmad", "Alahmad", "El Ahmad"], ["Al-Hassan", "Alhassan", "El Hassan"],
            ["Al-Ali", "Alali", "El Ali"], ["Al-Khalil", "Alkhalil"], ["Al-Hamoud", "Hammoud"],
            ["Shami", "Chami", "Al-Shami"], ["Masri", "Al-Masri"], ["Rifai", "Al-Rifai", "Refai"],
        ],
        secondGivenNameChance: 0.15,
        spouseSharesFamilyName: 0.1
    )

    /// Arabic names of Sudan and Chad.
    static let sahelArabic = NameGroup(
        male: [
            "Mahamat", "Abakar", "Adam", "Idriss", "Haroun", "Issa", "Moussa", "Abdelkerim", "Hissein", "Ousmane",
            "Brahim", "Saleh", "Youssouf", "Ahmat", "Oumar", "Hassan", "Mohamed", "Abdallah", "Ali", "Yacoub",
            "Djibrine", "Souleymane", "Khalil", "Nour", "Mahmoud", "Hamid", "Babiker", "Osman", "Abdelaziz",
            "Tijani", "Ibrahim", "Altayeb", "Mujahid", "Elsadig", "Abdelrahim", "Gibril",
        ],
        female: [
            "Hawa", "Achta", "Zara", "Khadidja", "Halime", "Fatime", "Mariam", "Amina", "Hadje", "Zenaba", "Kaltouma",
            "Asma", "Samia", "Nafisa", "Awadia", "Ikhlas", "Ibtisam", "Suad", "Najwa", "Rehab", "Salwa", "Sumaya",
            "Amani", "Tahani", "Hanadi", "Fatna", "Mouna", "Safa", "Marwa", "Remaz", "Sara", "Aziza",
        ],
        family: [
            "Adam", "Abakar", "Mahamat", "Idriss", "Haroun", "Issa", "Moussa", "Abdelkerim", "Hissein", "Ousmane",
            "Brahim", "Saleh", "Youssouf", "Ahmat", "Yacoub", "Djibrine", "Abdallah", "Osman", "Babiker", "Elamin",
            "Abdelrahim", "Hamad", "Elhassan", "Ibrahim", "Omer", "Ahmed", "Hussein", "Yahia", "Bakhit",
            "Abdelmoneim", "Eltayeb", "Mustafa", "Suleiman", "Nourein", "Zakaria", "Khamis", "Hamdan", "Abdelgadir",
            "Ismail", "Kabashi", "Daoud", "Tahir", "Fadul", "Yousif",
        ],
        variants: [
            ["Mahamat", "Mahamad", "Mohamat", "Mohammed"], ["Abakar", "Aboubakar", "Abubakar"],
            ["Idriss", "Idris", "Edriss"], ["Haroun", "Harun", "Haroon"], ["Issa", "Eisa", "Isa"],
            ["Moussa", "Musa", "Mousa"], ["Abdelkerim", "Abdelkarim", "Abdulkarim"], ["Hissein", "Hussein", "Hessein"],
            ["Ousmane", "Osman", "Othman"], ["Brahim", "Ibrahim"], ["Saleh", "Salih"],
            ["Youssouf", "Yousif", "Yusuf", "Youssef"], ["Ahmat", "Ahmed", "Ahmad"], ["Oumar", "Omer", "Omar"],
            ["Yacoub", "Yagoub", "Yaqub"], ["Djibrine", "Jibril", "Gibril"], ["Souleymane", "Suleiman", "Sulayman"],
            ["Mohamed", "Mohammed", "Muhammad"], ["Mahmoud", "Mahmud"], ["Elsadig", "El Sadig", "Sadiq"],
            ["Altayeb", "Eltayeb", "Al-Tayeb"], ["Abdelrahim", "Abdul Rahim", "Abderrahim"],
            ["Khadidja", "Khadija", "Kadidja"], ["Fatime", "Fatima", "Fatma"], ["Halime", "Halima"],
            ["Hawa", "Haoua", "Hawwa"], ["Achta", "Aisha", "Aïcha"], ["Zenaba", "Zeinab", "Zainab"],
            ["Kaltouma", "Kaltoum", "Kulthum"], ["Suad", "Souad"], ["Najwa", "Nadjwa"], ["Sumaya", "Soumaya"],
            ["Ikhlas", "Ikhlass"], ["Elamin", "El Amin", "Al-Amin"], ["Elhassan", "El Hassan", "Al-Hassan"],
            ["Yahia", "Yahya"], ["Bakhit", "Bakheit"], ["Abdelgadir", "Abdelkader", "Abdulqadir"],
            ["Daoud", "Dawood", "Dawud"], ["Tahir", "Taher"], ["Fadul", "Fadl", "Fadoul"],
        ],
        secondGivenNameChance: 0.2,
        spouseSharesFamilyName: 0.05
    )
}
