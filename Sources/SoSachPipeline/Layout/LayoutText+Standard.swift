import SoSachFields
import SoSachText

extension LayoutText {
    /// The text tools of the project: `VietnameseText.cleanup` (NFC, invisible characters, odd
    /// spaces, look-alikes; trimmed) and `VietnameseText.foldKey` from SoSachText, the content
    /// recognisers of SoSachFields.
    static let standard = LayoutText(
        normalize: { VietnameseText.cleanup($0) },
        fold: { VietnameseText.foldKey($0) },
        looksLikeName: { ContentRecognizer.looksLikePersonName($0) },
        looksLikeDate: { ContentRecognizer.looksLikeDate($0) },
        looksLikeNationalID: { ContentRecognizer.looksLikeNationalID($0) },
        looksLikePhone: { ContentRecognizer.looksLikePhone($0) })
}
