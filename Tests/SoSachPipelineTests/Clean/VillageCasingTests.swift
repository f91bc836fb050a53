import Testing
@testable import SoSachPipeline

@Suite struct VillageCasingTests {
    static let cases: [(String, String)] = [
        ("TỔ DÂN PHỐ 5", "Tổ dân phố 5"),
        ("tổ dân phố 5", "Tổ dân phố 5"),
        ("KHU PHỐ 3", "Khu phố 3"),
        ("thôn lâm hợp", "Thôn Lâm Hợp"),
        ("BẢN CO SẢN", "Bản Co Sản"),
        ("ấp mỹ phước", "Ấp Mỹ Phước"),
        ("TIỂU KHU 2", "Tiểu khu 2"),
        ("tổ 7", "Tổ 7"),
        ("KHU DÂN CƯ SỐ 4", "Khu dân cư Số 4"),
        ("XÓM ĐÔNG", "Xóm Đông"),
        ("BUÔN KO SIER", "Buôn Ko Sier"),
        ("LÀNG MỚI", "Làng Mới"),
        ("đội 3", "Đội 3"),
        ("bùi xá", "Bùi Xá"),
        ("KHU", "Khu"),
    ]

    @Test(arguments: cases) func officialCase(_ c: (String, String)) {
        #expect(Array(VillageCasing.officialCased(c.0).utf8) == Array(c.1.utf8))
    }
}
