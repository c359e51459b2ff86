/// The nationalities of households referred to AGIR, weighted per thousand households.
enum Origins {
    // Weights follow the order of magnitude of protections granted in France in recent years:
    // Afghanistan far ahead, then Guinea, Côte d'Ivoire, Turkey and DR Congo.
    // Stateless people keep the code of their former habitual residence.
    static let table = WeightedTable<Origin>([
        (Origin("AF", .afghan, protection: (480, 520, 0)), 300),
        (Origin("GN", .westAfrican, francophone: true, protection: (700, 290, 10)), 80),
        (
            Origin(
                "CI",
                names: WeightedTable([(.akan, 60), (.westAfrican, 40)]),
                francophone: true,
                protection: (600, 390, 10)
            ), 70
        ),
        (Origin("TR", .turkishKurdish, protection: (700, 280, 20)), 70),
        (Origin("CD", .congolese, francophone: true, protection: (650, 340, 10)), 60),
        (Origin("SY", .arabic, protection: (330, 520, 150)), 50),
        (Origin("SD", .sahelArabic, protection: (750, 250, 0)), 50),
        (Origin("ER", .tigrinya, protection: (850, 150, 0)), 40),
        (Origin("SO", .somali, protection: (400, 600, 0)), 30),
        (Origin("BD", .bengali, protection: (580, 370, 50)), 30),
        (Origin("PK", .urdu, protection: (550, 450, 0)), 25),
        (Origin("AL", .albanian, protection: (450, 550, 0)), 20),
        (Origin("GE", .georgian, protection: (380, 420, 200)), 20),
        (Origin("NG", .nigerianCameroonian, protection: (550, 450, 0)), 20),
        (Origin("CM", .nigerianCameroonian, francophone: true, protection: (600, 390, 10)), 20),
        (Origin("ML", .westAfrican, francophone: true, protection: (500, 490, 10)), 20),
        (Origin("IR", .persian, protection: (750, 250, 0)), 20),
        (Origin("RU", .chechen, protection: (450, 200, 350)), 20),
        (Origin("TD", .sahelArabic, francophone: true, protection: (550, 450, 0)), 15),
        (Origin("IQ", .arabic, protection: (420, 380, 200)), 15),
        (Origin("HT", .haitian, francophone: true, protection: (450, 550, 0)), 15),
    ])
}
