import Domain
import Foundation

/// The fixed parts of a one-sheet workbook, by path inside the package.
enum PackageParts {
    static let contentTypesPath = "[Content_Types].xml"
    static let rootRelationshipsPath = "_rels/.rels"
    static let workbookPath = "xl/workbook.xml"
    static let workbookRelationshipsPath = "xl/_rels/workbook.xml.rels"
    static let stylesPath = "xl/styles.xml"
    static let sheetPath = "xl/worksheets/sheet1.xml"
    static let corePropertiesPath = "docProps/core.xml"

    /// Every part, in the order they go into the archive: content types first, as Office writes them.
    static let allPaths = [
        contentTypesPath, rootRelationshipsPath, workbookPath, workbookRelationshipsPath,
        stylesPath, sheetPath, corePropertiesPath,
    ]

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// The part contents that do not depend on rows, keyed by path.
    static func fixedParts(sheetName: String, created: Date) -> [String: String] {
        [
            contentTypesPath: contentTypes,
            rootRelationshipsPath: rootRelationships,
            workbookPath: workbook(sheetName: sheetName),
            workbookRelationshipsPath: workbookRelationships,
            stylesPath: styles,
            corePropertiesPath: coreProperties(created: created),
        ]
    }

    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/\(workbookPath)" ContentType="\(contentTypePrefix).sheet.main+xml"/>\
            <Override PartName="/\(sheetPath)" ContentType="\(contentTypePrefix).worksheet+xml"/>\
            <Override PartName="/\(stylesPath)" ContentType="\(contentTypePrefix).styles+xml"/>\
            <Override PartName="/\(corePropertiesPath)" \
            ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """

    static let rootRelationships =
        declaration + """
            <Relationships xmlns="\(relationshipsNamespace)">\
            <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="\(workbookPath)"/>\
            <Relationship Id="rId2" Type="\(relationshipsNamespace)/metadata/core-properties" \
            Target="\(corePropertiesPath)"/>\
            </Relationships>
            """

    static let workbookRelationships =
        declaration + """
            <Relationships xmlns="\(relationshipsNamespace)">\
            <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(officeRelationships)/styles" Target="styles.xml"/>\
            </Relationships>
            """

    /// Style 0 is the default; style 1 uses font 1, the bold one, for the header.
    static let styles =
        declaration + """
            <styleSheet xmlns="\(mainNamespace)">\
            <fonts count="2">\
            <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
            </fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """

    /// The workbook part, naming its one sheet.
    static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(officeRelationships)">\
            <sheets><sheet name="\(XMLText.escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    /// The document properties: when the workbook was made.
    static func coreProperties(created: Date) -> String {
        let timestamp = created.formatted(.iso8601)
        return declaration + """
            <cp:coreProperties \
            xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(timestamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(timestamp)</dcterms:modified>\
            </cp:coreProperties>
            """
    }

    /// What the sheet part starts with, before its rows.
    static let sheetStart = declaration + #"<worksheet xmlns="\#(mainNamespace)"><sheetData>"#

    /// What the sheet part ends with, after its rows.
    static let sheetEnd = "</sheetData></worksheet>"
}
