import Foundation

extension EventInput {
    /// The most people an event may take on registration.
    public static let capacities = 1...100_000

    /// The valid event, or nil with a French message per field. Times are read in the legal time of `zone` (the
    /// département of the commune); `edition`, when the event belongs to one, bounds its days.
    public func validate(
        _ errors: inout FieldErrors,
        zone: LocalTime,
        edition: (starts: CalendarDay, ends: CalendarDay)?
    ) -> ValidEvent? {
        let title = errors.text(self.title, field: "eventTitle", kind: .title, required: "Donnez un titre.")
        let kind = EventKind(rawValue: self.kind)
        if kind == nil { errors.add("eventKind", "Choisissez le type d'événement.") }
        var themes: [EventTheme] = []
        for code in self.themes where !code.isEmpty {
            if let theme = EventTheme(rawValue: code), !themes.contains(theme) { themes.append(theme) }
        }
        if themes.isEmpty { errors.add("eventThemes", "Cochez au moins un thème.") }
        let description = errors.text(
            self.description,
            field: "eventDescription",
            kind: .note,
            required: "Décrivez l'événement en quelques lignes."
        )
        let start = Self.instant(startDay, startTime, field: "eventStart", zone: zone, &errors)
        let end = Self.instant(endDay, endTime, field: "eventEnd", zone: zone, &errors)
        if let start, let end, end.instant <= start.instant {
            errors.add("eventEnd", "La fin doit suivre le début.")
        }
        if let edition, let start, let end {
            if start.day < edition.starts || end.day > edition.ends {
                errors.add(
                    "eventStart",
                    "L'événement doit se tenir pendant l'édition, du \(edition.starts.french) au \(edition.ends.french)."
                )
            }
        }
        let address = errors.text(self.address, field: "eventAddress", kind: .line, required: "Indiquez l'adresse.")
        let commune = communeCode.trimmingCharacters(in: .whitespaces).uppercased()
        if !Self.isCommuneCode(commune) {
            errors.add("eventCommune", "Saisissez le code officiel (INSEE) de la commune, par exemple 69123.")
        }
        let qpv = qpvCode.trimmingCharacters(in: .whitespaces).uppercased()
        if !qpv.isEmpty && !Self.isQPVCode(qpv) {
            errors.add("eventQPV", "Un code de quartier prioritaire s'écrit comme QN06901M ; laissez vide hors QPV.")
        }
        let audience = EventAudience(rawValue: self.audience)
        if audience == nil { errors.add("eventAudience", "Choisissez le public.") }
        var capacity: Int?
        if audience?.takesRegistrations == true || !self.capacity.trimmingCharacters(in: .whitespaces).isEmpty {
            capacity = errors.integer(
                self.capacity,
                field: "eventCapacity",
                in: Self.capacities,
                message: "Indiquez le nombre de places, de 1 à 100 000 (obligatoire sur inscription)."
            )
        }
        let accessibility = errors.text(
            self.accessibility,
            field: "eventAccessibility",
            kind: .note,
            required: "Indiquez l'accessibilité du lieu (fauteuil roulant, boucle magnétique, interprétariat…)."
        )
        let organisers = validOrganisers(&errors)
        guard errors.isEmpty, let title, let kind, let description, let start, let end, let address, let audience,
            let accessibility, let organisers
        else { return nil }
        return ValidEvent(
            title: title,
            kind: kind,
            themes: themes,
            description: description,
            startsAt: start.instant,
            endsAt: end.instant,
            startDay: start.day,
            endDay: end.day,
            address: address,
            communeCode: commune,
            qpvCode: qpv.isEmpty ? nil : qpv,
            audience: audience,
            capacity: capacity,
            accessibility: accessibility,
            organisers: organisers
        )
    }

    private func validOrganisers(_ errors: inout FieldErrors) -> [EventOrganiser]? {
        var result: [EventOrganiser] = []
        var valid = true
        for (index, row) in organisers.enumerated() {
            let field = "organiserName-\(index)"
            guard let name = errors.text(row.name, field: field, kind: .title) else {
                valid = false
                continue
            }
            if name.isEmpty { continue }
            guard let kind = OrganiserKind(rawValue: row.kind) else {
                errors.add("organiserKind-\(index)", "Choisissez le type de « \(name) ».")
                valid = false
                continue
            }
            result.append(EventOrganiser(name: name, kind: kind, organises: row.role != "partenaire"))
        }
        if valid && !result.contains(where: \.organises) {
            errors.add("organiserName-0", "Indiquez au moins un organisateur.")
            valid = false
        }
        return valid ? result : nil
    }

    /// A local day and "HH:MM" time read as an instant of `zone`.
    static func instant(
        _ dayText: String,
        _ timeText: String,
        field: String,
        zone: LocalTime,
        _ errors: inout FieldErrors
    ) -> (day: CalendarDay, instant: Date)? {
        guard let day = CalendarDay(iso: dayText.trimmingCharacters(in: .whitespaces)) else {
            errors.add(field, "Saisissez la date, par exemple 2026-10-12.")
            return nil
        }
        guard let (hour, minute) = clock(timeText) else {
            errors.add(field + "Time", "Saisissez l'heure, par exemple 14:30.")
            return nil
        }
        return (day, zone.instant(day: day, hour: hour, minute: minute))
    }

    /// "14:30" → (14, 30); nil unless two digits, a colon, two digits, within a day.
    public static func clock(_ text: String) -> (Int, Int)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
            let hour = BoundedInteger.parse(parts[0], in: 0...23),
            let minute = BoundedInteger.parse(parts[1], in: 0...59)
        else { return nil }
        return (hour, minute)
    }

    /// An INSEE commune code: five characters, digits except "2A"/"2B" for Corsica.
    static func isCommuneCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        guard bytes.count == 5 else { return false }
        let digits = bytes.allSatisfy { (48...57).contains($0) }
        let corsica = code.hasPrefix("2A") || code.hasPrefix("2B")
        return digits || (corsica && bytes[2...].allSatisfy { (48...57).contains($0) })
    }

    /// A QPV code of 2024: "QN" and six or seven letters and digits.
    static func isQPVCode(_ code: String) -> Bool {
        code.hasPrefix("QN") && (8...9).contains(code.count)
            && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
