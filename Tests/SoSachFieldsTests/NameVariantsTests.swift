import Testing
import SoSachText
@testable import SoSachFields

/// Every pair of `names_variants.tsv`:
/// - `same`: equal exact, folded and phonetic keys, and the same clean full name;
/// - `near`: the folded keys are equal when the file says `folded_equal=yes`; the phonetic key
///   merges the regional confusions it was made for;
/// - `related_distinct`: never merged by the exact name key.
@Suite struct NameVariantsTests {
    static let rows = FieldsFixture.rows("names_variants.tsv")
    static let cleaner = NameCleaner()
    /// The near kinds the phonetic key is designed to merge.
    static let phoneticKinds: Set<String> = [
        "i_y", "hoi_nga", "no_diacritics", "horn_missing", "d_gi_r", "s_x", "ch_tr", "l_n", "v_d", "final_n_ng",
        "final_t_c", "tone_dropped_one",
    ]

    @Test func fixtureHasAllRows() { #expect(Self.rows.count == 88) }

    @Test(arguments: rows)
    func pair(row: [String: String]) throws {
        let a = try #require(Self.cleaner.clean(row["variant_a"]!).value)
        let b = try #require(Self.cleaner.clean(row["variant_b"]!).value)
        switch row["relation"]! {
        case "same":
            #expect(Array(a.key.utf8) == Array(b.key.utf8))
            #expect(Array(a.full.utf8) == Array(b.full.utf8))
            #expect(a.foldedKey == b.foldedKey)
            #expect(a.phoneticKey == b.phoneticKey)
        case "near":
            if row["folded_equal"] == "yes" { #expect(a.foldedKey == b.foldedKey) }
            if Self.phoneticKinds.contains(row["kind"]!) { #expect(a.phoneticKey == b.phoneticKey, "\(a.phoneticKey) / \(b.phoneticKey)") }
            if row["folded_equal"] == "no" && row["kind"] != "i_y" { #expect(a.key != b.key) }
        case "related_distinct":
            #expect(Array(a.key.utf8) != Array(b.key.utf8))
        default:
            Issue.record("unknown relation \(row["relation"]!)")
        }
    }
}
