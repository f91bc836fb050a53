import Testing
@testable import SoSachText

/// The contract of ``CleanNameScan``: whenever it accepts a text, the general engine with the
/// person-name options returns that text unchanged and the same keys, byte for byte; and it
/// accepts the clean names it is there for.
@Suite struct CleanNameScanTests {
    struct Scan: Equatable {
        let text: [UInt8], key: [UInt8], folded: [UInt8], hasDiacritics: Bool
    }

    static func scan(_ text: String, _ style: ToneStyle) -> Scan? {
        let bytes = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: CleanNameScan.capacity(bytes.count))
        let result = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { CleanNameScan.scan(input, toneStyle: style, into: $0.baseAddress!) }
        }
        guard let result else { return nil }
        #expect(result.foldedStart + result.foldedLength <= out.count && result.keyLength <= out.count)
        return Scan(text: bytes, key: Array(out[0..<result.keyLength]),
                    folded: Array(out[result.foldedStart..<(result.foldedStart + result.foldedLength)]),
                    hasDiacritics: result.hasDiacritics)
    }

    /// Checks the contract on `text` in both styles; returns how many styles accepted it.
    @discardableResult
    static func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var accepted = 0
        for style in ToneStyle.allCases {
            guard let fast = scan(text, style) else { continue }
            accepted += 1
            let general = VietnameseText.normalize(text, options: .personName(toneStyle: style))
            let message = Comment(rawValue: "\(UnicodeFixture.hex(text)) \(style)")
            #expect(general.changes.isEmpty, message, sourceLocation: sourceLocation)
            #expect(Array(general.text.utf8) == Array(text.utf8), message, sourceLocation: sourceLocation)
            #expect(fast.text == Array(text.utf8), message, sourceLocation: sourceLocation)
            #expect(fast.key == Array(general.key.utf8), message, sourceLocation: sourceLocation)
            #expect(fast.folded == Array(general.foldedKey.utf8), message, sourceLocation: sourceLocation)
            #expect(fast.hasDiacritics == general.hasDiacritics, message, sourceLocation: sourceLocation)
        }
        return accepted
    }

    /// Every vector text, as given and as the general engine cleans it (title case, both styles).
    static let vectorTexts: [String] = {
        var texts: [String] = []
        for row in (try? UnicodeFixture.rows("tone_placement.tsv")) ?? [] {
            texts += [row["input"]!, row["old_style"]!, row["new_style"]!]
        }
        for row in (try? UnicodeFixture.rows("unicode_forms.tsv")) ?? [] {
            texts += [row["nfc"]!] + ["nfd_codepoints", "composite_codepoints", "misordered_codepoints"].map {
                UnicodeFixture.codepoints(row[$0]!)
            }
        }
        for row in (try? UnicodeFixture.rows("confusables.tsv")) ?? [] {
            texts += [row["char"]!, row["canonical"]!, "Nguy" + row["char"]! + "n Văn " + row["char"]! + "ức"]
        }
        var cleaned: [String] = []
        for text in texts {
            for style in ToneStyle.allCases {
                cleaned.append(VietnameseText.normalize(text, options: .personName(toneStyle: style)).text)
                cleaned.append(VietnameseText.normalize("Nguyễn " + text + " An", options: .personName(toneStyle: style)).text)
            }
        }
        return texts + cleaned
    }()

    @Test func vectorFiles() {
        #expect(Self.vectorTexts.count > 1000)
        var accepted = 0
        for text in Self.vectorTexts { accepted += Self.check(text) }
        #expect(accepted > 300)
    }

    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
                           "Lý", "Ksor", "Tôn Thất", "Quách", "Giáp", "Âu Dương"]
    static let middles = ["", "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Xuân", "Thùy", "Quốc", "Thị Minh"]
    static let givens = ["Hòa", "Hoà", "Thủy", "Thuỷ", "Khỏe", "Khoẻ", "Quý", "Qúy", "Ánh", "Đức", "Tuấn", "Hương", "Giang",
                         "Nguyệt", "Ấn", "Uyên", "Yến", "Khuê", "Loan", "Xoan", "Thúy", "Tùy", "H'Hen", "Kđăm", "Trường",
                         "Người", "Gía", "Giá", "Quyết", "Oanh", "Úy", "Uý", "Ỷ", "Hoạch", "Khuyến", "Gìn", "Nghĩa", "An"]

    /// Generated names: every combination, as typed and in the noisy forms of submitted lists.
    @Test func generatedNames() {
        var acceptedClean = 0, cleanTotal = 0
        for family in Self.families {
            for middle in Self.middles {
                for given in Self.givens {
                    let name = [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
                    for form in [name, name.uppercased(), name.lowercased(), VietnameseText.nfd(name), " " + name,
                                 name.replacing(" ", with: "  "), name + "\u{A0}"] {
                        Self.check(form)
                    }
                    // What the general engine outputs is clean: the scan takes it unless it has
                    // an apostrophe (left to the general path).
                    for style in ToneStyle.allCases {
                        let clean = VietnameseText.normalize(name, options: .personName(toneStyle: style)).text
                        cleanTotal += 1
                        if Self.scan(clean, style) != nil { acceptedClean += 1; Self.check(clean) }
                        #expect(Self.scan(clean, style) != nil || clean.utf8.contains(0x27), "\(clean) \(style)")
                    }
                }
            }
        }
        #expect(acceptedClean > cleanTotal * 9 / 10)
    }

    @Test(arguments: [
        "", " ", "An", "An ", " An", "An  Bình", "an Bình", "AN", "AnBình", "Nguyễn Văn A1", "Nguyễn-Văn", "H'Hen Niê",
        "Nguyễn\u{A0}Văn", "Nguyễn\u{200B} Văn", "Nguye\u{302}\u{303}n", "Ðỗ Văn", "Hoà", "Qúy", "Gía", "Nguyễn,", "Ñoño",
        "Nguyễn 😀", "Мai", "Thủy", "Thuỷ", "Khỏe", "Khoẻ", "Y Bih Niê Kđăm", "Ông Văn Tú", "Đặng Thị Ánh",
    ])
    func edgeCases(text: String) {
        Self.check(text)
    }

    @Test func declinesWhatNeedsRepair() {
        for text in ["", " An", "An ", "An  Bình", "an", "AN", "AnBình", "A1", "H'Hen", "Nguyễn-Văn", "Nguye\u{302}\u{303}n",
                     "Ðỗ", "Nguyễn\u{A0}Văn", "Nguyễn 😀", "Мai"] {
            #expect(Self.scan(text, .traditional) == nil, "\(text)")
            #expect(Self.scan(text, .modern) == nil, "\(text)")
        }
        #expect(Self.scan("Hoà", .traditional) == nil && Self.scan("Hoà", .modern) != nil)
        #expect(Self.scan("Hòa", .traditional) != nil && Self.scan("Hòa", .modern) == nil)
        #expect(Self.scan("Qúy", .traditional) == nil && Self.scan("Qúy", .modern) == nil)
        let modern = Self.scan("Lê Thị Hoà", .modern)
        #expect(modern?.key == Array("lê thị hòa".utf8))
        #expect(modern?.folded == Array("le thi hoa".utf8))
    }
}
