import Testing
@testable import SoSachText

/// NFC on bytes: every form of the 134 letters (NFD, "tổ hợp", mis-ordered marks) composes to the
/// NFC bytes, and the ICU-free composer agrees with ICU.
@Suite struct UTF8NormalizerTests {
    struct Form: Sendable, CustomTestStringConvertible {
        let nfc: String
        let input: String
        let kind: String
        var testDescription: String { "\(kind) \(nfc)" }
    }

    static let forms: [Form] = ((try? EncodingFixtures.rows("unicode_forms.tsv")) ?? []).flatMap { row -> [Form] in
        ["nfd_codepoints", "composite_codepoints", "misordered_codepoints"].compactMap { column in
            guard let value = row[column], !value.isEmpty else { return nil }
            return Form(nfc: row["nfc"]!, input: EncodingFixtures.codepoints(value), kind: column)
        }
    }

    @Test func formsAreLoaded() { #expect(Self.forms.count >= 134 * 2) }

    @Test(arguments: forms)
    func composes(form: Form) {
        let expected = Array(form.nfc.utf8)
        // Inside a word, as the stream sees it.
        #expect(UTF8Normalizer.nfc(Array(("x" + form.input + "n").utf8)) == Array(("x" + form.nfc + "n").utf8))
        #expect(UTF8Normalizer.nfc(Array(form.input.utf8)) == expected)
        let icu = UTF8Buffer()
        Array(form.input.utf8).withUnsafeBufferPointer { UTF8Normalizer.normalizeRunWithICU($0, into: icu) }
        #expect(icu.array == expected)
    }

    static let untouched: [String] = ["Nguyễn Văn Đức", "ASCII only", "“Lê” – 12 ‰ ₫ €", "Ðặng", "x\u{0307}"]

    @Test(arguments: untouched)
    func keepsWhatIsAlreadyNFC(text: String) {
        let nfc = text.precomposedForTests
        #expect(UTF8Normalizer.nfc(Array(text.utf8)) == Array(nfc.utf8))
    }
}

private extension String {
    /// NFC through ICU, for comparison.
    var precomposedForTests: String {
        let out = UTF8Buffer()
        Array(utf8).withUnsafeBufferPointer { UTF8Normalizer.normalizeRunWithICU($0, into: out) }
        return String(decoding: out.array, as: UTF8.self)
    }
}
