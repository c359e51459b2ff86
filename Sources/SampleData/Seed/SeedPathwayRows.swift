import Domain
import Persistence
import Services

/// Turns the pathways of a household's adults and their course enrolments into rows of the pathway tables.
struct SeedPathwayRows {
    /// Draws each adult's CIR, assessments, proofs and civic exams.
    let factory: PathwayFactory
    /// Département names by code, for the OFII direction.
    let names: [String: String]

    /// Appends the household's pathway rows; courses declared for its adults go to `rows.courses`, which the
    /// writer inserts before the enrolments.
    func append(
        _ household: SyntheticHousehold,
        catalogues: inout [String: CourseCatalogue],
        into rows: inout SeedRows
    ) {
        let code = household.departement
        let author: String
        if case .accepted(let slot) = household.decision {
            author = SeedAccounts.caseworkerID(code, slot)
        } else {
            author = SeedAccounts.managerID(code)
        }
        for pathway in factory.pathways(of: household) {
            let key = "\(household.index)-\(pathway.memberIndex)"
            let person = "seed-p\(key)"
            if let cir = pathway.cir { appendCIR(cir, person: person, departement: code, author: author, &rows) }
            for (offset, entry) in pathway.assessments.enumerated() {
                rows.assessments.append(
                    [.text("seed-la\(key)-\(offset)"), .text(person), .text(entry.date.iso), .text(entry.assessor)]
                        + entry.levels.map { .text($0.rawValue) }
                        + [.text(author), .text(SeedHouseholdRows.instant(entry.date, hour: 15))]
                )
            }
            for (offset, proof) in pathway.proofs.enumerated() {
                rows.proofs.append(
                    [
                        .text("seed-lp\(key)-\(offset)"), .text(person), .text(proof.kind.rawValue),
                        .text(proof.kind.proofKind.rawValue), .text(proof.date.iso), .text(proof.reference),
                    ] + proof.levels.map { .text($0.rawValue) }
                        + [.text(author), .text(SeedHouseholdRows.instant(proof.date, hour: 16))]
                )
            }
            for (offset, exam) in pathway.exams.enumerated() {
                rows.civicExams.append([
                    .text("seed-ce\(key)-\(offset)"), .text(person), .text(exam.version.rawValue),
                    .text(exam.date.iso), .integer(exam.score), .text(exam.centre), .boolean(exam.fraud),
                    .text(author), .text(SeedHouseholdRows.instant(exam.date, hour: 17)),
                ])
            }
            // Taken out of the dictionary while it changes, so that its arrays are not copied on write.
            guard pathway.courseWindow != nil, var catalogue = catalogues.removeValue(forKey: code) else { continue }
            let enrolments = catalogue.enrol(pathway)
            for course in catalogue.takeDeclared() { appendCourse(course, &rows) }
            for (offset, enrolment) in enrolments.enumerated() {
                rows.enrolments.append([
                    .text("seed-e\(key)-\(offset)"), .text(catalogue.courses[enrolment.course].id), .text(person),
                    .text(enrolment.status.rawValue), .text(enrolment.requestedOn.iso),
                    .integer(enrolment.attendedHours), .optional(enrolment.resultLevel?.rawValue), .text(author),
                    .text(SeedHouseholdRows.instant(enrolment.requestedOn, hour: 10)),
                    .text(SeedHouseholdRows.instant(enrolment.updatedOn, hour: 18)),
                ])
            }
            catalogues[code] = catalogue
        }
    }

    /// Appends a CIR record, last changed on its latest day.
    private func appendCIR(
        _ cir: SyntheticCIR,
        person: String,
        departement: String,
        author: String,
        _ rows: inout SeedRows
    ) {
        let days =
            [cir.signedOn, cir.trainingFinishedOn, cir.endInterviewOn, cir.employmentOrientationOn]
            + cir.civicSessions
        let latest = days.compactMap { $0 }.max() ?? cir.signedOn
        rows.cirRecords.append(
            [
                .text(person), .text(cir.signedOn.iso),
                .text("OFII – direction territoriale \(names[departement] ?? departement)"),
            ]
                + cir.civicSessions.map { .optional($0?.iso) }
                + [
                    .text(cir.positioning.rawValue), .optional(cir.hours), .optional(cir.trainingFinishedOn?.iso),
                    .optional(cir.finalLevel?.rawValue), .optional(cir.endInterviewOn?.iso),
                    .optional(cir.employmentOrientationOn?.iso), .text(author),
                    .text(SeedHouseholdRows.instant(latest, hour: 12)),
                ]
        )
    }

    /// Appends a course, declared by one of its département's providers.
    private func appendCourse(_ course: SyntheticCourse, _ rows: inout SeedRows) {
        rows.courses.append([
            .text(course.id), .text(SeedAccounts.providerID(course.departement, course.provider)),
            .text(course.departement), .text(course.title), .text(course.targetLevel.rawValue), .integer(course.hours),
            .text(course.slot.rawValue), .text(course.schedule), .text(course.commune), .optional(course.qpv),
            .integer(course.seats), .text(course.startsOn.iso), .text(course.endsOn.iso), .boolean(course.jobOriented),
            .text(SeedAccounts.providerAccountID(course.departement, course.provider)),
            .text(SeedHouseholdRows.instant(course.declaredOn, hour: 8)),
        ])
    }
}
