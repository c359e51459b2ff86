import Services

/// The statistical extract as a CSV file (UTF-8 with a byte-order mark, `;`), written out page by page as it is read.
public enum StatisticalExtractFile {
    /// "parcours-extrait-statistique-2026-11-27.csv".
    public static func filename(_ extract: StatisticalExtract) -> String {
        "parcours-extrait-statistique-\(extract.day.iso).csv"
    }

    /// Hands `write` the byte-order mark and the header, then the lines of each page; returns the rows written.
    @discardableResult
    public static func write(
        _ extract: StatisticalExtract,
        to write: ([UInt8]) async throws -> Void
    ) async throws -> Int {
        try await write(CSVFile.byteOrderMark + CSVFile.lines([StatisticalExtract.header]) + CSVFile.newline)
        return try await extract.forEachPage { rows in try await write(CSVFile.lines(rows) + CSVFile.newline) }
    }
}
