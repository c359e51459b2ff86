extension NameGroup {
    /// Bengali names of Bangladesh.
    static let bengali = NameGroup(
        male: [
            "Mohammad", "Rafiqul", "Shafiqul", "Aminul", "Mizanur", "Habibur", "Mahbub", "Kamrul", "Jahangir",
            "Alamgir", "Shahidul", "Anwar", "Monir", "Sohel", "Rubel", "Shakil", "Jamal", "Faruk", "Nazrul",
            "Rasel", "Sumon", "Hasan", "Arif", "Imran", "Rakib", "Tanvir", "Masud", "Shahin", "Delwar", "Belal",
            "Jasim", "Saiful", "Nurul", "Mamun", "Kawsar", "Shamim",
        ],
        female: [
            "Fatema", "Nasima", "Rokeya", "Shahnaz", "Parvin", "Rahima", "Shirin", "Nazma", "Salma", "Sultana",
            "Taslima", "Rina", "Ruma", "Shapla", "Mousumi", "Sumaiya", "Farzana", "Nasrin", "Rehana", "Jannatul",
            "Sharmin", "Tahmina", "Morjina", "Rabeya", "Laila", "Mitu", "Popy", "Sathi", "Afroza", "Ayesha",
            "Jesmin", "Kulsum",
        ],
        family: [
            "Hossain", "Rahman", "Islam", "Ahmed", "Uddin", "Alam", "Miah", "Khan", "Chowdhury", "Sarkar",
            "Sheikh", "Mollah", "Talukder", "Howlader", "Bhuiyan", "Mondal", "Biswas", "Das", "Roy", "Haque",
            "Karim", "Kabir", "Sikder", "Mridha", "Majumder", "Patwary", "Hasan", "Siddique", "Ali", "Munshi",
            "Bepari", "Gazi", "Pramanik", "Sardar", "Prodhan", "Matubbar", "Dewan", "Mahmud", "Sultan",
            "Faruque", "Azad", "Zaman",
        ],
        variants: [
            ["Hossain", "Hossen", "Hussain", "Hosen"], ["Rahman", "Rehman", "Rahaman"],
            ["Chowdhury", "Chowdhuri", "Choudhury"], ["Uddin", "Uddine", "Udin"], ["Miah", "Mia", "Mian"],
            ["Mollah", "Molla"], ["Bhuiyan", "Bhuiya", "Bhuyan"], ["Howlader", "Hawlader"], ["Sikder", "Shikder"],
            ["Haque", "Hoque", "Huq"], ["Majumder", "Mazumder"], ["Mondal", "Mandal"], ["Patwary", "Patwari"],
            ["Siddique", "Siddiqui"], ["Mohammad", "Mohammed", "Muhammad", "Md"], ["Rafiqul", "Rofiqul"],
            ["Shafiqul", "Shofiqul"], ["Mizanur", "Mizanour"], ["Habibur", "Habibour"], ["Faruk", "Farouk", "Faruq"],
            ["Rasel", "Russel", "Rassel"], ["Sumon", "Shumon"], ["Sohel", "Sohail"], ["Monir", "Munir"],
            ["Masud", "Masood", "Massoud"], ["Delwar", "Dilwar"], ["Kawsar", "Kausar"],
            ["Fatema", "Fatima", "Fatma"], ["Nasima", "Nasimah"], ["Rokeya", "Rokeia", "Ruqaiya"],
            ["Parvin", "Parveen"], ["Nasrin", "Nasreen"], ["Jesmin", "Jasmin", "Yasmin"], ["Sumaiya", "Sumaya"],
            ["Rabeya", "Rabia"], ["Ayesha", "Aisha", "Aysha"], ["Kulsum", "Kulsoom"], ["Morjina", "Marjina"],
        ],
        secondGivenNameChance: 0.15,
        spouseSharesFamilyName: 0.2
    )
}
