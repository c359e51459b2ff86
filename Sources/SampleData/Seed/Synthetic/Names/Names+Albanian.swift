extension NameGroup {
    /// Albanian names.
    static let albanian = NameGroup(
        male: [
            "Arben", "Artan", "Besnik", "Blerim", "Dritan", "Ervin", "Flamur", "Gent", "Gëzim", "Ilir", "Klodian",
            "Ledio", "Marjan", "Agron", "Arjan", "Bujar", "Elvis", "Endrit", "Fatmir", "Genci", "Klajdi", "Lulzim",
            "Mergim", "Nderim", "Orges", "Petrit", "Redon", "Skënder", "Sokol", "Valon", "Xhevdet", "Ylli",
            "Altin", "Arlind", "Edmond", "Florian", "Erion",
        ],
        female: [
            "Anila", "Blerina", "Mirela", "Elona", "Ermira", "Fatjona", "Rezarta", "Entela", "Jonida", "Klea",
            "Lindita", "Majlinda", "Merita", "Rovena", "Teuta", "Valbona", "Vjollca", "Xhensila", "Alketa",
            "Arjola", "Besjana", "Brikena", "Diana", "Elda", "Enkelejda", "Esmeralda", "Flutura", "Gentiana",
            "Ina", "Jetmira", "Krisela", "Lule", "Manjola",
        ],
        family: [
            "Hoxha", "Shehu", "Leka", "Gjoka", "Dervishi", "Kola", "Marku", "Prifti", "Berisha", "Krasniqi",
            "Gashi", "Basha", "Cela", "Dushku", "Gjini", "Hysa", "Kastrati", "Lika", "Mema", "Muça", "Ndreu",
            "Palushi", "Qosja", "Rexha", "Sula", "Tafa", "Toska", "Veliu", "Xhafa", "Zeneli", "Bajrami", "Bregu",
            "Doda", "Gjonaj", "Hasani", "Ismaili", "Laçi", "Malaj", "Nikolli", "Osmani", "Pllumbi", "Shala",
        ],
        variants: [
            ["Hoxha", "Hodja", "Hoxhaj"], ["Shehu", "Sheu", "Chehu"], ["Dervishi", "Dervish"],
            ["Gjoka", "Djoka", "Gioka"], ["Muça", "Muca", "Moutcha"], ["Laçi", "Laci"], ["Xhafa", "Djafa", "Xafa"],
            ["Gjini", "Gini"], ["Krasniqi", "Krasniki"], ["Rexha", "Redja", "Rexhaj"], ["Cela", "Çela"],
            ["Qosja", "Kosja"], ["Gjonaj", "Djonaj"], ["Ermira", "Hermira"], ["Vjollca", "Violca", "Viola"],
            ["Xhensila", "Jensila", "Gensila"], ["Lule", "Lulja"], ["Gëzim", "Gezim"],
            ["Xhevdet", "Djevdet", "Cevdet"],
            ["Skënder", "Skender", "Iskender"], ["Ylli", "Yll"], ["Enkelejda", "Enkeleida"],
            ["Klodian", "Klodjan"], ["Arben", "Arbën"], ["Agron", "Agroni"],
        ],
        secondGivenNameChance: 0.05,
        spouseSharesFamilyName: 0.8
    )
}
