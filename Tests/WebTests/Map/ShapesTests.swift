import Testing

@testable import Web

/// The generated geometry: codes, names, path syntax and layout.
struct ShapesTests {
    /// 01–19, 2A, 2B, 21–95 and the five overseas codes, in code order.
    static let expectedCodes: [String] =
        (1...19).map { $0 < 10 ? "0\($0)" : "\($0)" } + ["2A", "2B"] + (21...95).map { "\($0)" }
        + ["971", "972", "973", "974", "976"]

    @Test func allCodesOnceInOrder() {
        #expect(DepartementShapes.all.map(\.code) == Self.expectedCodes)
        #expect(Set(DepartementShapes.all.map(\.code)).count == 101)
    }

    @Test func namesAreTheOfficialOnes() {
        let names = Dictionary(uniqueKeysWithValues: DepartementShapes.all.map { ($0.code, $0.name) })
        let sample = [
            "01": "Ain", "09": "Ariège", "22": "Côtes-d'Armor", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
            "75": "Paris", "90": "Territoire de Belfort", "971": "Guadeloupe", "974": "La Réunion", "976": "Mayotte",
        ]
        for (code, name) in sample { #expect(names[code] == name) }
        #expect(Set(names.values).count == 101)
        #expect(names.values.allSatisfy { !$0.isEmpty })
    }

    @Test func pathsAreWellFormed() throws {
        for shape in DepartementShapes.all {
            #expect(shape.path.first == "m" || shape.path.first == "M", "\(shape.code)")
            #expect(shape.path.allSatisfy { "0123456789.- ,mMlLzZ".contains($0) }, "\(shape.code)")
            let geometry = try #require(PathGeometry(shape.path), "\(shape.code)")
            #expect(!geometry.rings.isEmpty)
            #expect(geometry.rings.allSatisfy { $0.count >= 3 }, "\(shape.code)")
            #expect(geometry.commands.last == "z" || geometry.commands.last == "Z", "\(shape.code)")
        }
    }

    @Test func pathsLieInsideTheDrawing() throws {
        for shape in DepartementShapes.all {
            let box = try #require(PathGeometry(shape.path)).bounds
            #expect(box.minX >= 0 && box.minY >= 0, "\(shape.code)")
            #expect(box.maxX <= Double(DepartementShapes.width), "\(shape.code)")
            #expect(box.maxY <= Double(DepartementShapes.height), "\(shape.code)")
        }
    }

    @Test func overseasDepartementsSitInTheirInsets() throws {
        #expect(DepartementShapes.insets.map(\.code) == ["971", "972", "973", "974", "976"])
        for inset in DepartementShapes.insets {
            let shape = try #require(DepartementShapes.all.first { $0.code == inset.code })
            let box = try #require(PathGeometry(shape.path)).bounds
            #expect(box.minX >= inset.x && box.maxX <= inset.x + inset.width, "\(inset.code)")
            #expect(box.minY >= inset.y && box.maxY <= inset.y + inset.height, "\(inset.code)")
            // Each inset is scaled to fit: its shape fills most of the box in one direction.
            let fill = max((box.maxX - box.minX) / inset.width, (box.maxY - box.minY) / inset.height)
            #expect(fill > 0.6, "\(inset.code)")
        }
    }

    @Test func metropolitanDepartementsAvoidTheInsets() throws {
        let overseas = Set(DepartementShapes.insets.map(\.code))
        for shape in DepartementShapes.all where !overseas.contains(shape.code) {
            let box = try #require(PathGeometry(shape.path)).bounds
            for inset in DepartementShapes.insets {
                let apart =
                    box.maxX < inset.x || box.minX > inset.x + inset.width
                    || box.maxY < inset.y || box.minY > inset.y + inset.height
                #expect(apart, "\(shape.code) overlaps the \(inset.code) inset")
            }
        }
    }

    @Test func insetsDoNotOverlapEachOther() {
        let insets = DepartementShapes.insets
        for (index, first) in insets.enumerated() {
            for second in insets[(index + 1)...] {
                let apart =
                    first.x + first.width <= second.x || second.x + second.width <= first.x
                    || first.y + first.height <= second.y || second.y + second.height <= first.y
                #expect(apart, "\(first.code) and \(second.code)")
            }
        }
    }

    @Test func corsicaStaysSouthEastOfTheMainland() throws {
        let bounds = try Dictionary(
            uniqueKeysWithValues: DepartementShapes.all.map { ($0.code, try #require(PathGeometry($0.path)).bounds) }
        )
        let corsica = try #require(bounds["2B"])
        let alpesMaritimes = try #require(bounds["06"])
        let finistere = try #require(bounds["29"])
        #expect(corsica.minX > alpesMaritimes.minX)
        #expect(corsica.minY > alpesMaritimes.minY)
        #expect(finistere.maxX < alpesMaritimes.minX)
    }
}
