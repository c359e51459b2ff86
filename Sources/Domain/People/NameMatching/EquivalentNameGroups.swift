/// Known spellings of one name that sound too different for the phonetic rules (Osman ≈ Uthman, Brahim ≈ Ibrahim).
struct EquivalentNameGroup: Sendable {
    /// Lowercase label used in search keys ("mohammed").
    let label: String
    /// Spellings matched by sound as well as letter for letter.
    let spellings: [String]
    /// Spellings matched letter for letter only, where the sound rules would over-reach
    /// (Somali orthography writes ʿayn as "c" and ḥa as "x": Cali, Maxamed).
    let exactSpellings: [String]
}

/// The table of equivalent-name groups and its lookup by spelling and by sound.
enum EquivalentNameGroups {
    static let all: [EquivalentNameGroup] = [
        group(
            "mohammed",
            "mohammed muhammad mohamed mohamad mohammad muhammed muhamed muhamad mouhamed mouhammad mouhamad mohamet mahamat",
            exact: "maxamed maxammed mohd mhd"
        ),
        group("ahmed", "ahmed ahmad ahmet", exact: "axmed"),
        group("mahmoud", "mahmoud mahmud mahmood", exact: "maxamuud"),
        group("yusuf", "yusuf youssef yousef yusef youssouf yousuf yousif yusif yosef", exact: "yuusuf"),
        group(
            "hussein",
            "hussein hussain husain husayn hossein hosein houssein huseyin husein hossain",
            exact: "xuseen xusseen"
        ),
        group("hassan", "hassan hasan hacene hassane", exact: "xasan"),
        group("ibrahim", "ibrahim ebrahim brahim ibrahima ibraheem ibrahem", exact: "ibraahim"),
        group("mustafa", "mustafa mostafa moustapha moustafa mustapha mostefa", exact: ""),
        group("fatima", "fatima fatma fatimah fatme", exact: "fadumo faadumo"),
        group("aisha", "aisha aicha ayesha aysha aischa ayisha", exact: "caasha caisha"),
        group("omar", "omar umar oumar omer", exact: "cumar"),
        group("osman", "osman othman usman uthman ousmane outhmane othmane osmane", exact: "cusmaan"),
        group("khadija", "khadija khadidja kadidja khadijah khadeeja", exact: "xadiija xadiijo"),
        group("ali", "ali aly", exact: "cali"),
        group("abdi", "abdi abdy", exact: "cabdi"),
        group("qasim", "qasim qasem ghasem kassem kacem kasim ghassem kassim qassim", exact: ""),
        group("jafar", "jafar jaafar djafar djaafar jafer", exact: ""),
        group("michael", "michael mikael mickael mikail mikhail", exact: ""),
        group("suleiman", "suleiman sulaiman soliman slimane souleymane sulayman suleyman soleiman", exact: ""),
        group("zainab", "zainab zeinab zaynab zineb zeynep zeynab", exact: ""),
        group("maryam", "maryam mariam meriem myriam maryem meryem mariem", exact: "maryan"),
        group("abubakar", "abubakar aboubakar abubakr aboubacar boubacar abubaker aboubakr", exact: "abuubakar"),
        group("jibril", "jibril djibril gibril jebril jibreel", exact: ""),
        group("ismail", "ismail ismael esmail smail ismayil", exact: "ismaaciil"),
        group("yaqub", "yaqub yacoub yaakoub yakub yaqoob yacob", exact: "yacquub"),
        group("ayoub", "ayoub ayub ayyub eyup ayoob aiyub", exact: "ayuub"),
        group("idris", "idris idriss edris driss", exact: "idiris"),
        group("younes", "younes yunus younis yunis younous younus", exact: "yuunus"),
        group("issa", "issa isa eissa", exact: "ciise"),
        group("moussa", "moussa musa mousa mussa", exact: "muuse"),
        group("daoud", "daoud dawood dawud daud davoud", exact: "dawuud"),
        group("sayed", "sayed sayyid seyed syed sayyed seyyed sayid", exact: ""),
        group("hamza", "hamza hamzah", exact: "xamza"),
        group("halima", "halima halimah", exact: "xaliimo haliimo"),
    ]

    /// Groups indexed by exact spelling.
    private static let byExactSpelling: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (position, group) in all.enumerated() {
            for spelling in group.spellings + group.exactSpellings { index[spelling, default: []].append(position) }
        }
        return index
    }()

    /// Groups indexed by the exact phonetic form of their sound-matched spellings.
    private static let byForm: [PhoneticForm: [Int]] = {
        var index: [PhoneticForm: [Int]] = [:]
        for (position, group) in all.enumerated() {
            for spelling in group.spellings { index[PhoneticForm(folded: spelling), default: []].append(position) }
        }
        return index
    }()

    /// The groups a folded token belongs to, by spelling or by identical sound; wildcard vowels
    /// are not used here so a group never grows beyond its listed sounds.
    static func groups(folded: String, form: PhoneticForm) -> Set<Int> {
        Set((byExactSpelling[folded] ?? []) + (byForm[form] ?? []))
    }

    /// Builds a group from space-separated spellings.
    private static func group(_ label: String, _ spellings: String, exact: String) -> EquivalentNameGroup {
        EquivalentNameGroup(
            label: label,
            spellings: spellings.split(separator: " ").map(String.init),
            exactSpellings: exact.split(separator: " ").map(String.init)
        )
    }
}
