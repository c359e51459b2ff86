extension NameGroup {
    /// Chechen and Russian names of the Russian Federation.
    static let chechen = NameGroup(
        male: [
            "Magomed", "Aslan", "Ruslan", "Adam", "Akhmed", "Islam", "Ibragim", "Movsar", "Rustam", "Zelimkhan",
            "Shamil", "Khasan", "Khusein", "Umar", "Apti", "Bislan", "Said", "Salman", "Sultan", "Timur", "Turpal",
            "Vakha", "Arbi", "Aslanbek", "Dzhabrail", "Isa", "Mansur", "Musa", "Rizvan", "Usman", "Yusup",
            "Alikhan", "Khamzat", "Lecha", "Beslan", "Dmitri", "Sergueï", "Alexeï", "Andreï",
        ],
        female: [
            "Aminat", "Khava", "Zarema", "Madina", "Kheda", "Petimat", "Zulikhan", "Milana", "Luiza", "Raisa",
            "Malika", "Larisa", "Elina", "Aishat", "Khadizhat", "Zaira", "Seda", "Liana", "Zalina", "Markha",
            "Malkan", "Birlant", "Tamara", "Elza", "Zaynap", "Asiyat", "Yakha", "Satsita", "Makka", "Olga",
            "Natalia", "Svetlana", "Tatiana",
        ],
        family: [
            "Magomadov", "Saidov", "Umarov", "Khasanov", "Israilov", "Akhmadov", "Idrisov", "Elmurzaev",
            "Dzhabrailov", "Musaev", "Ismailov", "Abdulaev", "Aliev", "Bataev", "Vakhaev", "Gaziev", "Dudurkaev",
            "Ibragimov", "Isaev", "Khadzhiev", "Mutsaev", "Salamov", "Tsutsaev", "Edilov", "Yusupov",
            "Shamsudinov", "Baisarov", "Chabaev", "Daudov", "Eskiev", "Gairbekov", "Iriskhanov", "Khamidov",
            "Mezhidov", "Osmaev", "Temirsultanov", "Uvaisov", "Arsanukaev", "Bisultanov", "Sugaipov", "Ivanov",
            "Kuznetsov", "Volkov", "Smirnov",
        ],
        variants: [
            ["Magomed", "Mohammed", "Magomet"], ["Khasan", "Hassan", "Hasan"], ["Khusein", "Hussein", "Husein"],
            ["Ibragim", "Ibrahim"], ["Yusup", "Yusuf", "Youssouf"], ["Dzhabrail", "Djabrail", "Jabrail"],
            ["Umar", "Omar", "Oumar"], ["Akhmed", "Ahmed", "Akhmad"], ["Usman", "Ousman", "Osman"],
            ["Rizvan", "Ridvan", "Rizwan"], ["Zelimkhan", "Zelimkhane", "Selimkhan"], ["Khamzat", "Hamzat"],
            ["Musa", "Moussa"], ["Isa", "Issa"], ["Mansur", "Mansour"], ["Sergueï", "Sergei", "Sergey"],
            ["Alexeï", "Alexei", "Aleksey"], ["Andreï", "Andrei", "Andrey"], ["Dmitri", "Dmitry", "Dimitri"],
            ["Khava", "Hava", "Hawa"], ["Kheda", "Heda"], ["Khadizhat", "Khadijat", "Khadija"],
            ["Aishat", "Aïchat", "Aishad"], ["Zaynap", "Zeinab", "Zainab"], ["Luiza", "Louisa"],
            ["Natalia", "Natalya", "Nathalie"], ["Tatiana", "Tatyana"], ["Asiyat", "Assiat"],
            ["Magomadov", "Magamadov"], ["Dzhabrailov", "Djabrailov", "Jabrailov"],
            ["Khasanov", "Hasanov", "Khassanov"],
            ["Idrisov", "Idrissov"], ["Musaev", "Moussaev", "Musayev"], ["Ismailov", "Ismaïlov"],
            ["Abdulaev", "Abdoulaev", "Abdullayev"], ["Aliev", "Aliyev"], ["Ibragimov", "Ibraguimov"],
            ["Isaev", "Issaev"], ["Yusupov", "Youssoupov"], ["Khadzhiev", "Hadjiev", "Khadjiev"],
            ["Mezhidov", "Mejidov"], ["Israilov", "Israïlov"], ["Akhmadov", "Ahmadov"],
        ],
        secondGivenNameChance: 0.0,
        spouseSharesFamilyName: 0.6,
        feminizesFamilyName: true
    )
}
