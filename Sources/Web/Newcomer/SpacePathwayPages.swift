import Domain
import Persistence
import SafeHTML
import Services

/// The person's French: CIR, assessments, certificates with their validity, civic exams.
enum SpacePathwayPages {
    static func french(_ model: SpaceFrench, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let today = model.subject.today
        return SpaceLayout.page(
            title: t(.frenchTitle),
            page,
            main: .group(
                .h1(.text(t(.frenchTitle))),
                .section(
                    .attribute(named: "aria-labelledby", value: "cir"),
                    .h2(.id("cir"), .text(t(.cirTitle))),
                    .unwrap(model.cir, { cir($0, t) }, else: .p(.text(t(.cirNone))))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "niveaux"),
                    .h2(.id("niveaux"), .text(t(.levelsTitle))),
                    model.assessments.isEmpty
                        ? .p(.text(t(.levelsNone)))
                        : .ul(
                            .class("cards"),
                            .forEach(model.assessments.sorted { $0.assessment.date > $1.assessment.date }) { record in
                                .li(
                                    .class("card"),
                                    .h3(.text(t(.assessmentHeading, ["date": t.date(record.assessment.date)]))),
                                    .p(
                                        .class("hint"),
                                        .text(t(.assessmentBy, ["assessor": record.assessment.assessor]))
                                    ),
                                    levels(record.assessment.levels, t)
                                )
                            }
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "attestations"),
                    .h2(.id("attestations"), .text(t(.proofsTitle))),
                    model.proofs.isEmpty
                        ? .p(.text(t(.proofsNone)))
                        : .ul(
                            .class("cards"),
                            .forEach(model.proofs) { .li(.class("card"), proof($0, today: today, t)) }
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "examen"),
                    .h2(.id("examen"), .text(t(.examsTitle))),
                    model.civicExams.isEmpty
                        ? .p(.text(t(.examsNone)))
                        : .ul(
                            .forEach(model.civicExams) { record in
                                let exam = record.exam.result
                                return .li(
                                    .text(
                                        t(
                                            .examLine,
                                            [
                                                "date": t.date(exam.date), "score": t.number(exam.score),
                                                "title": t.label(exam.version),
                                            ]
                                        ) + " "
                                    ),
                                    .strong(.text(exam.isPassing && !exam.fraud ? t(.examPassed) : t(.examFailed)))
                                )
                            }
                        )
                )
            )
        )
    }

    private static func cir(_ cir: CIRRecordInput.Valid, _ t: Translator) -> Node<HTML.BodyContext> {
        .ul(
            .li(.text(t(.cirSigned, ["date": t.date(cir.signedOn)]))),
            .li(.text(t.plural(.cirCivic, cir.civicSessions.compactMap { $0 }.count))),
            .li(.text(cir.languageHours.map { t.plural(.cirHours, $0) } ?? t(.cirNoHours))),
            .unwrap(cir.finalLevel) { .li(.text(t(.cirFinal, ["level": t.label($0)]))) }
        )
    }

    static func levels(_ levels: [LanguageSkill: CEFRLevel], _ t: Translator) -> Node<HTML.BodyContext> {
        .ul(
            .forEach(LanguageSkill.allCases.filter { levels[$0] != nil }) { skill in
                .li(.text(t(.skillLevel, ["skill": t.label(skill), "level": t.label(levels[skill]!)])))
            }
        )
    }

    private static func proof(_ record: ProofRecord, today: CalendarDay, _ t: Translator) -> Node<HTML.BodyContext> {
        let proof = record.proof.proof
        let validity: String =
            if let end = proof.stopsCountingOn {
                today < end
                    ? t(.proofValidUntil, ["date": t.date(end.adding(days: -1))])
                    : t(.proofExpired, ["date": t.date(end)])
            } else {
                t(.proofDiploma)
            }
        return .group(
            .h3(.attribute(named: "dir", value: "auto"), .text(t.label(record.proof.kind))),
            .p(.text(t(.proofObtained, ["date": t.date(proof.date)]))),
            levels(proof.levels, t),
            .p(.strong(.text(validity)))
        )
    }
}
