import Domain
import Persistence

extension PersonInput.Valid {
    /// A recorded member as the duplicate finder compares it.
    init(member: HouseholdMember) {
        self.init(
            name: PersonName(documentNames: member.documentNames, usualNames: member.usualNames),
            birthYear: member.birthYear,
            birthMonth: member.birthMonth,
            birthDay: member.birthDay,
            sex: member.sex,
            nationality: member.nationality,
            protection: member.protection.flatMap(ProtectionKind.init(rawValue:)),
            protectionAuthority: member.protectionAuthority,
            protectionDate: member.protectionDate,
            cirSignatureDate: member.cirSignatureDate,
            agdref: member.agdref,
            joiningRelative: member.joiningRelative
        )
    }
}
