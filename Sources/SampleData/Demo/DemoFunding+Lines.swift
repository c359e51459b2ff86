import Domain
import Foundation
import Persistence
import Services

/// The Rhône UO's lines of last year and this year, and the région's level, as the DREETS notifies them.
struct DemoFundingLines {
    let clock: DemoFundingClock

    /// The identifiers of the lines calls are made on: last year's and this year's local calls line.
    struct Created {
        let previousCalls: String
        let currentCalls: String
    }

    static let lines:
        [(offset: Int, departement: String, subAction: SubAction, label: String, euros: Int, reserve: String)] = [
            (-1, "69", .localCalls, "Appels à projets – intégration", 450_000, "5"),
            (-1, "69", .agir, "AGIR – marché de l'opérateur", 1_200_000, "5"),
            (-1, "69", .languageTraining, "Formation linguistique complémentaire", 300_000, "5"),
            (0, "69", .localCalls, "Appels à projets – intégration", 480_000, "5,5"),
            (0, "69", .agir, "AGIR – marché de l'opérateur", 1_250_000, "5,5"),
            (0, "69", .languageTraining, "Formation linguistique complémentaire", 280_000, "5,5"),
            (0, "69", .ctai, "CTAI de la Métropole de Lyon", 250_000, "5,5"),
            (0, "", .refugeeActions, "Actions régionales spécifiques aux réfugiés", 200_000, "5,5"),
        ]

    func create(dreets: AccountSummary) async throws -> Created {
        var ids: [String] = []
        for line in Self.lines {
            var input = FundingLineInput()
            input.year = String(clock.year + line.offset)
            input.departementCode = line.departement
            input.action = BudgetAction.integration.rawValue
            input.subAction = line.subAction.rawValue
            input.label = line.label
            input.allocation = String(line.euros)
            input.reserveRate = line.reserve
            let service = FundingLineService(environment: clock.on(clock.day(line.offset, 1, 10)))
            ids.append(try await service.create(input: input, regionCode: "84", actor: dreets))
        }
        return Created(previousCalls: ids[0], currentCalls: ids[3])
    }
}

/// The Rhône DDETS's call of last year (closed) and of this year (open until 31 December).
struct DemoFundingCalls {
    let clock: DemoFundingClock

    struct Created {
        let previous: String
        let current: String
        let previousCommittee: String
        let currentCommittee: String
    }

    func create(prefecture: AccountSummary, lines: DemoFundingLines.Created) async throws -> Created {
        let previous = try await call(
            offset: -1,
            line: lines.previousCalls,
            prefecture: prefecture,
            opens: (1, 15),
            closes: (3, 31)
        )
        let current = try await call(
            offset: 0,
            line: lines.currentCalls,
            prefecture: prefecture,
            opens: (1, 15),
            closes: (12, 31)
        )
        let instruction = FundingInstructionService(environment: clock.on(clock.day(-1, 5, 10)))
        let members =
            "Sophie Bernard (DDETS, présidente) ; Julien Robert (OFII) ; un représentant de la Métropole de Lyon"
        let previousCommittee = try await instruction.createCommittee(
            callID: previous,
            heldOn: clock.day(-1, 5, 15).iso,
            members: members,
            actor: prefecture
        )
        let currentCommittee = try await FundingInstructionService(environment: clock.on(clock.day(0, 5, 10)))
            .createCommittee(callID: current, heldOn: clock.day(0, 5, 20).iso, members: members, actor: prefecture)
        return Created(
            previous: previous,
            current: current,
            previousCommittee: previousCommittee,
            currentCommittee: currentCommittee
        )
    }

    func call(
        offset: Int,
        line: String,
        prefecture: AccountSummary,
        opens: (Int, Int),
        closes: (Int, Int)
    ) async throws
        -> String
    {
        let year = clock.year + offset
        var input = CallInput()
        input.lineID = line
        input.title = "Intégration des étrangers primo-arrivants – appel à projets départemental \(year)"
        input.body =
            "La DDETS du Rhône finance en \(year) des actions d'intégration des étrangers primo-arrivants, en priorité "
            + "par l'emploi et la langue (instruction du 26 mars 2024 : au moins 70 % des crédits).\n"
            + "Les projets qui doublonnent l'accompagnement AGIR ne sont pas éligibles. Les actions se déroulent dans le "
            + "Rhône et commencent en \(year)."
        input.audience = "Signataires du CIR depuis moins de 5 ans, bénéficiaires de la protection internationale"
        input.tags = [ThematicTag.employment, .language, .rights, .hostSociety].map(\.rawValue)
        input.opensOn = (CalendarDay(year: year, month: opens.0, day: opens.1) ?? clock.today).iso
        input.closesOn = (CalendarDay(year: year, month: closes.0, day: closes.1) ?? clock.today).iso
        input.criteria =
            "Pertinence au regard des priorités (emploi, langue) ; 3\nQualité du partenariat et de l'ancrage local ; 2\n"
            + "Budget réaliste et cofinancements ; 1"
        input.documents = [DocumentKind.statutes, .bankDetails].map(\.rawValue)
        let day = clock.day(offset, 1, 12)
        let calls = FundingCallService(environment: clock.on(day))
        let id = try await calls.create(input: input, actor: prefecture)
        try await calls.publish(id: id, actor: prefecture)
        return id
    }
}
