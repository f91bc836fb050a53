#!/usr/bin/env python3
"""Writes the layout test fixtures (realistic, invented list files) next to this script.

Run from anywhere: python3 make_fixtures.py. Deterministic (fixed seed). The legacy-encoding
fixtures (TCVN3, VNI, CP1258) are made by the Swift tests from the `*.utf8-source.csv` files
here with SoSachText's LegacyEncoder, so no encoder lives in this script.
"""
import os, random, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20241115)

THAI_FAMILY = ["Lò", "Quàng", "Lường", "Cà", "Tòng", "Điêu", "Vì", "Lù"]
KINH_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MALE_MID = ["Văn", "Văn", "Minh", "Đức", "Quang"]
FEMALE_MID = ["Thị", "Thị", "Thị Thu", "Ngọc", "Thu"]
MALE_GIVEN = ["Hùng", "Dũng", "Thắng", "Khánh", "Sơn", "Tuấn", "Hải", "Phương", "Thành", "Duy", "Quyết", "Toàn"]
FEMALE_GIVEN = ["Hoa", "Lan", "Hương", "Thủy", "Mai", "Xuân", "Hòa", "Nhung", "Yến", "Ngân", "Thảo", "Oanh"]
VILLAGES = ["Bản Cang", "Bản Món", "Bản Lói", "Bản Phủ", "Bản Đông", "Bản Kép"]


def person(thai=True):
    male = rng.random() < 0.5
    fam = rng.choice(THAI_FAMILY if thai else KINH_FAMILY)
    mid = rng.choice(MALE_MID if male else FEMALE_MID)
    given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
    year = rng.randint(1950, 2006)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    century = (0 if year < 2000 else 2) + (0 if male else 1)
    cccd = "011" + str(century) + f"{year % 100:02d}" + f"{rng.randint(0, 999999):06d}"
    phone = rng.choice(["09", "03", "08", "07"]) + f"{rng.randint(0, 99999999):08d}"
    return dict(male=male, family=fam, middle=mid, given=given, full=f"{fam} {mid} {given}",
                year=year, date=f"{day:02d}/{month:02d}/{year}", cccd=cccd, phone=phone,
                gender="Nam" if male else "Nữ", village=rng.choice(VILLAGES))


def write(name, lines, sep=";", encoding="utf-8", newline="\n", bom=False):
    text = newline.join(sep.join(cells) if isinstance(cells, (list, tuple)) else cells for cells in lines) + newline
    text = unicodedata.normalize("NFC", text)
    data = text.encode(encoding)
    if bom:
        data = ("\ufeff".encode(encoding)) + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def q(s):
    return '"' + s.replace('"', '""') + '"'


TITLE_QC = [
    ["UBND HUYỆN TUẦN GIÁO", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["UBND XÃ QUÀI CANG", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
    [""],
    ["DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU CÔNG DÂN HỌC TẬP NĂM 2024"],
    ["(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/11/2024 của UBND xã Quài Cang)"],
]
FOOTER = [
    [""],
    ["", "", "", "", "Quài Cang, ngày 15 tháng 11 năm 2024"],
    ["Người lập danh sách", "", "", "", "TM. UBND XÃ"],
    ["", "", "", "", "CHỦ TỊCH"],
    ["(Ký, ghi rõ họ tên)"],
    [""],
    ["Lò Thị Hoa", "", "", "", "Quàng Văn Minh"],
]

# 01: the official layout, semicolons, column numbers, total and signatures.
def f01():
    rows = [list(r) + [""] * (8 - len(r)) for r in TITLE_QC] + [[""] * 8]
    rows.append(["STT", "Họ và tên", "Ngày tháng năm sinh", "Giới tính", "Số CCCD", "Thôn/Bản", "Nghề nghiệp", "Ghi chú"])
    rows.append([str(i) for i in range(1, 9)])
    for i in range(1, 13):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["gender"], p["cccd"], p["village"], rng.choice(["Làm ruộng", "Giáo viên", "Buôn bán"]), ""])
    rows += [[""] * 8, ["", "Tổng cộng: 12 người", "", "", "", "", "", ""]]
    rows += [list(r) + [""] * (8 - len(r)) for r in FOOTER]
    write("01_cdht_quai_cang_official.csv", rows)

# 02: two-row header, Năm sinh over Nam | Nữ; UTF-8 with BOM, commas, CRLF.
def f02():
    rows = [["HỘI KHUYẾN HỌC XÃ PHÌNH SÁNG", "", "", "", ""], ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2023", "", "", "", ""], [""] * 5]
    rows.append(["STT", "Họ và tên", "Năm sinh", "", "Thôn, bản"])
    rows.append(["", "", "Nam", "Nữ", ""])
    for i in range(1, 11):
        p = person()
        rows.append([str(i), p["full"], str(p["year"]) if p["male"] else "", "" if p["male"] else str(p["year"]), p["village"]])
    rows.append([""] * 5)
    rows.append(["Danh sách này có 10 người", "", "", "", ""])
    write("02_nam_nu_two_row_header.csv", [[q(c) if "," in c else c for c in r] for r in rows], sep=",", newline="\r\n", bom=True)

# 03: "Họ và tên đệm" + "Tên", tab-separated, no title.
def f03():
    rows = [["TT", "Họ và tên đệm", "Tên", "Ngày sinh", "Số định danh cá nhân", "Số điện thoại"]]
    for i in range(1, 9):
        p = person(thai=False)
        rows.append([str(i), p["family"] + " " + p["middle"], p["given"], p["date"], p["cccd"], p["phone"]])
    write("03_split_name_tab.tsv", rows, sep="\t")

# 04: "Họ" | "Tên đệm" | "Tên", gender column, year of birth in "Năm sinh".
def f04():
    rows = [["DANH SÁCH GIA ĐÌNH HỌC TẬP XÃ MƯỜNG MÙN"], [""]]
    rows.append(["STT", "Họ", "Tên đệm", "Tên", "Năm sinh", "Giới tính", "Xóm"])
    for i in range(1, 8):
        p = person()
        rows.append([str(i), p["family"], p["middle"], p["given"], str(p["year"]), p["gender"], p["village"]])
    write("04_ho_ten_dem_ten.csv", rows)

# 05: header-less: rows only.
def f05():
    rows = []
    for i in range(1, 16):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], p["cccd"], p["phone"], "Thôn " + str(rng.randint(1, 6))])
    write("05_headerless.csv", rows, sep=",")

# 06: the only unit information is the title row.
def f06():
    rows = [["UBND XÃ NÀ TẤU", "", "", ""], ["DANH SÁCH CÔNG DÂN HỌC TẬP", "", "", ""], ["", "", "", ""]]
    rows.append(["STT", "Họ và tên", "Năm sinh", "Bản"])
    for i in range(1, 10):
        p = person()
        rows.append([str(i), p["full"], str(p["year"]), p["village"]])
    write("06_title_row_unit_only.csv", rows)

# 07: two lists pasted one under the other, the second header in another column order.
def f07():
    rows = [["DANH SÁCH CÔNG DÂN HỌC TẬP BẢN CANG"], ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"]]
    for i in range(1, 7):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["gender"], p["cccd"]])
    rows += [[""], ["DANH SÁCH CÔNG DÂN HỌC TẬP BẢN MÓN"], ["STT", "Số CCCD", "Họ tên", "Năm sinh", "Số điện thoại", "Dân tộc"]]
    for i in range(1, 6):
        p = person()
        rows.append([str(i), p["cccd"], p["full"], str(p["year"]), p["phone"], "Thái"])
    write("07_two_lists_pasted.csv", rows)

# 08: a data row after footer-like rows (added late below the signatures).
def f08():
    rows = [["STT", "Họ và tên", "Ngày sinh", "Thôn"]]
    for i in range(1, 6):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], "Thôn " + str(rng.randint(1, 4))])
    rows += [["", "Người lập biểu", "", "Trưởng thôn"], ["", "Nguyễn Văn Bình", "", "Trần Văn Cường"]]
    p = person(thai=False)
    rows.append(["6", p["full"], p["date"], "Thôn 2"])
    rows += [["Bổ sung sau khi họp thôn"]]
    write("08_data_after_footer.csv", rows)

# 09: ragged rows and ";;;;" padding to 12 columns.
def f09():
    rows = [["UBND XÃ CHIỀNG SINH" + ";" * 11], [";" * 11]]
    rows.append(["STT;Họ và tên;Năm sinh;Dân tộc;Thôn" + ";" * 7])
    for i in range(1, 9):
        p = person()
        pad = ";" * rng.choice([0, 3, 7])
        rows.append([f"{i};{p['full']};{p['year']};Thái;{p['village']}{pad}"])
    rows.append([";;;;;;;;"])
    rows.append(["Tổng;8;;;;"])
    write("09_ragged_padding.csv", [r[0] for r in rows], sep="")

# 10: "Giới tính" over "Nam" | "Nữ" with x marks.
def f10():
    rows = [["STT", "Họ và tên", "Giới tính", "", "Ngày sinh", "Địa chỉ"], ["", "", "Nam", "Nữ", "", ""]]
    for i in range(1, 9):
        p = person(thai=False)
        rows.append([str(i), p["full"], "x" if p["male"] else "", "" if p["male"] else "x", p["date"], "Tổ 3, phường Tân Thanh"])
    write("10_gender_marks.csv", rows, sep=",")

# 11: Excel "Unicode text": UTF-16LE with BOM, tabs, CRLF.
def f11():
    rows = [["UBND PHƯỜNG ĐÔNG TÂM"], ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2022"], [""]]
    rows.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "CMND/CCCD", "Tổ dân phố"])
    for i in range(1, 9):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], p["gender"], p["cccd"], "Tổ " + str(rng.randint(1, 9))])
    write("11_utf16le_unicode_text.txt", rows, sep="\t", encoding="utf-16-le", newline="\r\n", bom=True)

# 12: headers typed without diacritics; "DT" holds phone numbers, "Dan toc" the ethnicity.
def f12():
    rows = [["STT", "Ho va ten", "Nam sinh", "Gioi tinh", "So CCCD", "DT", "Dan toc", "Dia chi"]]
    for i in range(1, 9):
        p = person()
        rows.append([str(i), p["full"], str(p["year"]), p["gender"], p["cccd"], p["phone"], "Thai", p["village"] + ", xa Quai Cang"])
    write("12_ascii_headers.csv", rows, sep=",")

# 13: "Năm sinh" holding full dates.
def f13():
    rows = [["TT", "Họ tên", "Năm sinh", "Nữ", "Bản"]]
    for i in range(1, 8):
        p = person()
        rows.append([str(i), p["full"], p["date"], "" if p["male"] else "x", p["village"]])
    write("13_nam_sinh_holds_dates.csv", rows)

# 14: "Tên" alone is the full name.
def f14():
    rows = [["STT", "Tên", "Ngày sinh", "Số điện thoại"]]
    for i in range(1, 7):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], p["phone"]])
    write("14_ten_alone.csv", rows)

# 15: one address column.
def f15():
    rows = [["STT", "Họ và tên", "Ngày sinh", "Nơi thường trú", "Ghi chú"]]
    for i in range(1, 8):
        p = person()
        rows.append([str(i), p["full"], p["date"], f"{p['village']}, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên", ""])
    write("15_address_column.csv", [[q(c) if "," in c else c for c in r] for r in rows], sep=",")

# 16: separate unit columns.
def f16():
    rows = [["STT", "Họ và tên", "Ngày sinh", "Thôn", "Xã", "Huyện", "Tỉnh"]]
    for i in range(1, 8):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["village"], "Quài Cang", "Tuần Giáo", "Điện Biên"])
    write("16_unit_columns.csv", rows)

# 17, 18: the context is in the file name only.
def f17():
    rows = [["STT", "Họ và tên", "Ngày sinh", "Bản"]]
    for i in range(1, 7):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["village"]])
    write("DS CDHT 2023 Quài Cang.csv", rows)

def f18():
    rows = [["STT", "Ho ten", "Ngay sinh", "To dan pho"]]
    for i in range(1, 7):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], "To " + str(rng.randint(1, 9))])
    write("DSCDHT_2024_PhuongDongTam.csv", rows, sep=",")

# 19: a family list (household heads).
def f19():
    rows = [["UBND XÃ QUÀI NƯA"], ["DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN GIA ĐÌNH HỌC TẬP NĂM 2024"], [""]]
    rows.append(["STT", "Họ và tên chủ hộ", "Năm sinh", "Số thành viên", "Bản", "Kết quả tự đánh giá"])
    for i in range(1, 7):
        p = person()
        rows.append([str(i), p["full"], str(p["year"]), str(rng.randint(2, 7)), p["village"], "Đạt"])
    rows += [[""], ["Tổng cộng: 6 hộ"]]
    write("19_family_list.csv", rows)

# 20: a quoted cell holding a line break (one record over two physical lines).
def f20():
    lines = ["STT,Họ và tên,Ngày sinh,Ghi chú"]
    for i in range(1, 6):
        p = person(thai=False)
        note = q("Chuyển đến từ\nxã Quài Tở") if i == 3 else ""
        lines.append(f"{i},{p['full']},{p['date']},{note}")
    write("20_quoted_multiline.csv", lines, sep="")

# 21: a row with an unquoted comma inside the name: too many cells.
def f21():
    lines = ["STT,Họ và tên,Năm sinh,Bản"]
    for i in range(1, 6):
        p = person()
        name = p["full"] if i != 4 else p["family"] + ", " + p["middle"] + " " + p["given"]
        lines.append(f"{i},{name},{p['year']},{p['village']}")
    write("21_too_many_cells.csv", lines, sep="")

# 22: "(1)", "(2)" column numbers, and hamlet headings between groups of rows.
def f22():
    rows = [["STT", "Họ và tên", "Ngày, tháng, năm sinh", "Số CCCD"], ["(1)", "(2)", "(3)", "(4)"], ["I. BẢN CANG", "", "", ""]]
    n = 1
    for group in ["II. BẢN MÓN", None]:
        for _ in range(4):
            p = person()
            rows.append([str(n), p["full"], p["date"], p["cccd"]])
            n += 1
        if group:
            rows.append([group, "", "", ""])
    write("22_paren_numbers_sections.csv", [[q(c) if "," in c else c for c in r] for r in rows], sep=",")

# 23: a row of group labels above the header.
def f23():
    rows = [["DANH SÁCH CÔNG DÂN HỌC TẬP"], ["", "Thông tin cá nhân", "", "", "Địa chỉ", ""],
            ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn", "Xã"]]
    for i in range(1, 7):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["gender"], p["village"], "Quài Cang"])
    write("23_group_labels_above_header.csv", rows)

# 24: template rows holding only an STT number at the end.
def f24():
    rows = [["STT", "Họ và tên", "Năm sinh", "Bản"]]
    for i in range(1, 6):
        p = person()
        rows.append([str(i), p["full"], str(p["year"]), p["village"]])
    for i in range(6, 10):
        rows.append([str(i), "", "", ""])
    write("24_template_rows.csv", rows)

# 25-27: sources of the legacy-encoded fixtures (encoded by the tests).
def legacy(name, title, village_word):
    rows = [[f"UBND XÃ {title}", "", "", ""], ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2021", "", "", ""], ["", "", "", ""]]
    rows.append(["STT", "Họ và tên", "Ngày sinh", village_word])
    for i in range(1, 9):
        p = person()
        rows.append([str(i), p["full"], p["date"], p["village"]])
    rows += [["", "", "", ""], ["Người lập biểu", "", "", "Chủ tịch"]]
    write(name, rows)

# 28: Excel CSV: BOM, CRLF, quoted "Họ, tên" header, comma.
def f28():
    rows = [["STT", "Họ, tên", "Ngày/tháng/năm sinh", "Nam/Nữ", "Số CMND/CCCD", "Thôn/Xóm/Ấp/Bản/Tổ dân phố"]]
    for i in range(1, 7):
        p = person(thai=False)
        rows.append([str(i), p["full"], p["date"], p["gender"], p["cccd"], "Xóm " + str(rng.randint(1, 5))])
    write("28_excel_crlf_bom.csv", [[q(c) if ("," in c or "/" in c) else c for c in r] for r in rows], sep=",", newline="\r\n", bom=True)

# 29: header-less with title rows above the data.
def f29():
    rows = [["DANH SÁCH CÔNG DÂN HỌC TẬP THÔN 5"], ["Xã Ea Tu, tỉnh Đắk Lắk"], [""]]
    for i in range(1, 11):
        p = person(thai=False)
        rows.append([p["full"], p["date"], p["gender"], p["cccd"]])
    rows += [[""], ["Người lập: Trần Văn Long"]]
    write("29_headerless_with_titles.csv", rows, sep="\t")

# 30: "Họ và tên" spanning two columns (family+middle | given) without a sub-header.
def f30():
    rows = [["STT", "Họ và tên", "", "Năm sinh", "Dân tộc"]]
    for i in range(1, 8):
        p = person()
        rows.append([str(i), p["family"] + " " + p["middle"], p["given"], str(p["year"]), "Thái"])
    write("30_name_spans_two_columns.csv", rows)

for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20,
          f21, f22, f23, f24, f28, f29, f30]:
    f()
legacy("25_tcvn3.utf8-source.csv", "QUÀI TỞ", "Bản")
legacy("26_vni.utf8-source.csv", "TỎA TÌNH", "Bản")
legacy("27_cp1258.utf8-source.csv", "PÚ NHUNG", "Thôn/Bản")
