import Domain
import SafeHTML
import Services

/// What a residence permit needs on a chosen day, through the requirement engine, and what is missing.
enum SpaceTitlePages {
    static func titles(
        _ model: SpaceTitleCheck,
        dateTyped: String,
        problem: SpaceProblem?,
        _ page: SpacePageContext
    ) -> HTML {
        let t = page.t
        let householdID = model.subject.household.id
        return SpaceLayout.page(
            title: t(.titlesTitle),
            page,
            main: .group(
                .h1(.text(t(.titlesTitle))),
                .p(.text(t(.titlesIntro))),
                .form(
                    .method(.get),
                    .action(SiteRoute.spaceTitles(householdID).path),
                    .class("inline-form"),
                    .div(
                        .class("field"),
                        .label(.for("champ-titre"), .text(t(.titlesChoose))),
                        .select(
                            .id("champ-titre"),
                            .attribute(named: "name", value: "titre"),
                            .forEach(ResidenceTitle.allCases) { title in
                                RawElement.option(
                                    value: title.rawValue,
                                    label: t.label(title),
                                    selected: title == model.title
                                )
                            }
                        )
                    ),
                    SpaceForms.input(
                        name: "date",
                        label: t(.titlesDate),
                        type: "date",
                        value: problem == nil ? model.date.iso : dateTyped,
                        hint: t(.titlesDateHint),
                        problem: problem,
                        t: t
                    ),
                    .button(.type(.submit), .class("button"), .text(t(.titlesSubmit)))
                ),
                result(model, t),
                .p(.class("hint"), .text(t(.titlesRenewal))),
                .p(.class("hint"), .text(t(.titlesWarning)))
            )
        )
    }

    private static func result(_ model: SpaceTitleCheck, _ t: Translator) -> Node<HTML.BodyContext> {
        .section(
            .class("result"),
            .attribute(named: "aria-labelledby", value: "resultat"),
            .h2(.id("resultat"), .text(t(.titlesResult, ["title": t.label(model.title), "date": t.date(model.date)]))),
            .unwrap(
                model.evaluation,
                { evaluation in
                    .group(
                        .p(
                            .class(evaluation.met ? "verdict verdict-met" : "verdict verdict-missing"),
                            .text(evaluation.met ? t(.titlesMet) : t(.titlesMissing))
                        ),
                        language(evaluation, model: model, t),
                        .p(.text(exam(evaluation, model: model, t))),
                        .unwrap(evaluation.proofsValidUntil) {
                            .p(.class("notice"), .text(t(.titlesProofsUntil, ["date": t.date($0)])))
                        }
                    )
                },
                else: .p(.text(t(.titlesNoRule)))
            )
        )
    }

    private static func language(
        _ evaluation: RequirementEvaluation,
        model: SpaceTitleCheck,
        _ t: Translator
    ) -> Node<HTML.BodyContext> {
        guard let level = evaluation.requiredLevel else {
            return .p(.text(model.levelWaived ? t(.titlesLevelExempt) : t(.titlesLevelNone)))
        }
        return .group(
            .p(.text(t(.titlesLevel, ["level": t.label(level)]))),
            .ul(
                .class("checks"),
                .forEach(LanguageSkill.allCases) { skill in
                    let met = evaluation.condition(RequirementConditionCode.language(skill))?.met ?? false
                    let arguments = ["skill": t.label(skill), "level": t.label(level)]
                    let text: String =
                        if met {
                            t(.titlesSkillMet, arguments)
                        } else if let best = evaluation.bestLevels[skill] {
                            t(.titlesSkillMissing, arguments.merging(["best": t.label(best)]) { $1 })
                        } else {
                            t(.titlesSkillMissingNone, arguments)
                        }
                    return .li(.class(met ? "check-met" : "check-missing"), .text(text))
                }
            )
        )
    }

    private static func exam(_ evaluation: RequirementEvaluation, model: SpaceTitleCheck, _ t: Translator) -> String {
        guard evaluation.civicExamRequired else { return model.examWaived ? t(.titlesExamExempt) : t(.titlesExamNone) }
        return evaluation.condition(RequirementConditionCode.civicExam)?.met == true
            ? t(.titlesExamMet) : t(.titlesExamMissing)
    }
}
