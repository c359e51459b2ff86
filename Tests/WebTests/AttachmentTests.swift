import Testing

@testable import Web

/// A download's file name cannot close its quotes, add a parameter or break the header.
struct AttachmentTests {
    @Test func anOrdinaryNameIsKept() {
        #expect(
            Attachment.disposition(filename: "rapport-2026-11.csv") == #"attachment; filename="rapport-2026-11.csv""#
        )
    }

    @Test func quotesSeparatorsLineBreaksAndAccentsBecomeUnderscores() {
        #expect(
            Attachment.disposition(filename: "a\"; filename*=x\r\nSet-Cookie: é.csv")
                == #"attachment; filename="a___filename__x__Set-Cookie___.csv""#
        )
    }

    @Test func downloadsUseIt() {
        #expect(CSVFile.headers(filename: "x\".csv")[.contentDisposition] == #"attachment; filename="x_.csv""#)
    }
}
