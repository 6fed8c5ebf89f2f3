// SPDX-License-Identifier: GPL-3.0-or-later
// Imports read Excel workbooks (.xlsx) as they read CSV: the first sheet, row by row, values as
// Excel shows them. Packages written by hand give the reader what other programs write; one
// written by libxlsxwriter is a workbook as a spreadsheet program saves it.
#include "TestSupport.h"
#include "XlsxPackage.h"

#include "io/CsvFile.h"

#include <xlsxwriter.h>

using namespace servicelens;
using namespace servicelens::io;
using namespace servicelens::test;

namespace {

// Every record of the file, as "line: field|field|…".
Result<QStringList> records(const QString &path)
{
    auto format = CsvFile::sniff(path);
    if (!format)
        return format.error();
    QStringList out;
    auto s = CsvFile::read(path, *format, [&](const CsvRecord &r) {
        out << QStringLiteral("%1: %2").arg(r.line()).arg(r.texts().join(QLatin1Char('|')));
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace

TEST_CASE("Spreadsheet serials become ISO dates and times, Excel's 1900 leap day included",
          "[io][xlsx]")
{
    CHECK(XlsxSheet::dateText(1, false) == QStringLiteral("1900-01-01"));
    CHECK(XlsxSheet::dateText(59, false) == QStringLiteral("1900-02-28"));
    CHECK(XlsxSheet::dateText(61, false) == QStringLiteral("1900-03-01"));
    CHECK(XlsxSheet::dateText(46329, false) == QStringLiteral("2026-11-03"));
    CHECK(XlsxSheet::dateText(44867, true) == QStringLiteral("2026-11-03"));
    CHECK(XlsxSheet::dateText(46329.5868055556, false) == QStringLiteral("2026-11-03 14:05:00"));
    CHECK(XlsxSheet::dateText(0.75, false) == QStringLiteral("18:00:00"));
    CHECK(XlsxSheet::dateText(46329.99999999, false) == QStringLiteral("2026-11-04"));

    CHECK(XlsxSheet::isDateFormat(14, {}));
    CHECK(XlsxSheet::isDateFormat(31, {})); // yyyy"年"m"月"d"日" in Chinese Excel
    CHECK_FALSE(XlsxSheet::isDateFormat(0, {}));
    CHECK_FALSE(XlsxSheet::isDateFormat(49, {})); // text
    CHECK(XlsxSheet::isDateFormat(164, QStringLiteral("yyyy/m/d h:mm")));
    CHECK(XlsxSheet::isDateFormat(165, QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"")));
    CHECK_FALSE(XlsxSheet::isDateFormat(166, QStringLiteral("[h]:mm")));       // a duration
    CHECK_FALSE(XlsxSheet::isDateFormat(167, QStringLiteral("0.00\"days\""))); // quoted letters
    CHECK_FALSE(XlsxSheet::isDateFormat(168, QStringLiteral("#,##0_);[Red](#,##0)")));
}

TEST_CASE("The first sheet is read row by row with values as Excel shows them", "[io][xlsx]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("巡检记录.xlsx"));
    const QByteArray strings =
        "<si><t>工单号</t></si>"
        "<si><r><t>王</t></r><r><rPr><b/></rPr><t>建国</t></r><rPh sb=\"0\" eb=\"1\"><t>wang"
        "</t></rPh></si>"
        "<si><t xml:space=\"preserve\"> 空格 </t></si>";
    const QByteArray styles = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d "
                              "h:mm\"/><numFmt numFmtId=\"165\" formatCode=\"[h]:mm\"/></numFmts>"
                              "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                              "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>";
    const QByteArray sheet =
        // The header: shared strings, the third cell without a reference (so column C).
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名"
        "</t></is></c><c t=\"str\"><v>金额</v></c></row>"
        // A blank row: cells with no value are no record.
        "<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>"
        // Numbers as stored (noise, exponent, phone), a rich shared string, a gap at D.
        "<row r=\"3\"><c r=\"A3\"><v>13800138000</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
        "<c r=\"C3\"><v>0.30000000000000004</v></c><c r=\"E3\"><v>1.5E+3</v></c></row>"
        // A date, a date-time, a duration, TRUE, an error, a formula's value, padded text.
        "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>46329</v></c><c r=\"B5\" s=\"2\"><v>46329.5868055556"
        "</v></c><c r=\"C5\" s=\"3\"><v>1.5</v></c><c r=\"D5\" t=\"b\"><v>1</v></c>"
        "<c r=\"E5\" t=\"e\"><v>#N/A</v></c><c r=\"F5\"><f>SUM(A3:C3)</f><v>42</v></c>"
        "<c r=\"G5\" t=\"s\"><v>2</v></c></row>";
    REQUIRE(XlsxPackage::write(path, XlsxPackage::workbook(sheet, strings, styles)));
    auto format = CsvFile::sniff(path);
    REQUIRE(format.ok());
    CHECK(format->spreadsheet);
    auto got = records(path);
    REQUIRE(got.ok());
    CHECK(*got == QStringList{QStringLiteral("1: 工单号|姓名|金额"),
                              QStringLiteral("3: 13800138000|王建国|0.3||1500"),
                              QStringLiteral("5: 2026-11-03|2026-11-03 14:05:00|1.5|1|#N/A|42| "
                                             "空格 ")});

    // The 1904 date system (old Mac workbooks) counts from 1904-01-01.
    const QString old = dir.file(QStringLiteral("1904.xlsx"));
    REQUIRE(XlsxPackage::write(
        old, XlsxPackage::workbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44867</v></c></row>", {},
                                   styles, true)));
    auto oldRecords = records(old);
    INFO((oldRecords ? QString() : oldRecords.error().message).toStdString());
    REQUIRE(oldRecords.ok());
    CHECK(*oldRecords == QStringList{QStringLiteral("1: 2026-11-03")});
}

TEST_CASE("A workbook saved by a spreadsheet library reads back as written", "[io][xlsx]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("工单导出.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *first = workbook_add_worksheet(book, "工单");
    lxw_worksheet *second = workbook_add_worksheet(book, "说明");
    lxw_format *when = workbook_add_format(book);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    worksheet_write_string(first, 0, 0, "工单号", nullptr);
    worksheet_write_string(first, 0, 1, "创建时间", nullptr);
    worksheet_write_string(first, 0, 2, "评分", nullptr);
    worksheet_write_string(first, 1, 0, "SO-001", nullptr);
    lxw_datetime t = {2026, 11, 3, 14, 5, 0};
    worksheet_write_datetime(first, 1, 1, &t, when);
    worksheet_write_number(first, 1, 2, 4.5, nullptr);
    worksheet_write_string(first, 2, 0, "SO-002", nullptr);
    worksheet_write_number(first, 2, 2, 5, nullptr);
    worksheet_write_string(second, 0, 0, "not read", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    auto got = records(path);
    REQUIRE(got.ok());
    CHECK(*got == QStringList{QStringLiteral("1: 工单号|创建时间|评分"),
                              QStringLiteral("2: SO-001|2026-11-03 14:05:00|4.5"),
                              QStringLiteral("3: SO-002||5")});
}

TEST_CASE("Files that are no readable workbook are refused with a message naming why", "[io][xlsx]")
{
    TempFolder dir;
    // An Excel 97–2003 file (an OLE compound document).
    const QString xls = dir.file(QStringLiteral("旧格式.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
    auto legacy = CsvFile::sniff(xls);
    REQUIRE_FALSE(legacy.ok());
    CHECK(legacy.error().message.contains(QStringLiteral(".xls")));

    // A ZIP archive of something else.
    const QString zip = dir.file(QStringLiteral("照片.zip"));
    REQUIRE(XlsxPackage::write(zip, {{QStringLiteral("a.txt"), "hello"}}));
    auto other = records(zip);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("not an Excel workbook")));

    // A shared string the workbook does not have.
    const QString bad = dir.file(QStringLiteral("坏引用.xlsx"));
    REQUIRE(XlsxPackage::write(
        bad, XlsxPackage::workbook("<row r=\"4\"><c r=\"B4\" t=\"s\"><v>7</v></c></row>",
                                   "<si><t>x</t></si>")));
    auto dangling = records(bad);
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().message.contains(QStringLiteral("row 4, column 2")));

    // Broken XML in the sheet.
    const QString broken = dir.file(QStringLiteral("坏表.xlsx"));
    REQUIRE(XlsxPackage::write(
        broken, XlsxPackage::workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</c>")));
    CHECK_FALSE(records(broken).ok());

    // A download cut short: every prefix of a good package is refused or read, never a crash.
    const QString good = dir.file(QStringLiteral("好.xlsx"));
    QByteArray rows;
    for (int r = 1; r <= 200; ++r)
        rows += XlsxPackage::row(r, {QStringLiteral("工单%1").arg(r), QStringLiteral("备注")});
    REQUIRE(XlsxPackage::write(good, XlsxPackage::workbook(rows)));
    const QByteArray whole = fileBytes(good);
    auto goodRecords = records(good);
    INFO((goodRecords ? QString() : goodRecords.error().message).toStdString());
    REQUIRE(goodRecords.ok());
    CHECK(goodRecords->size() == 200);
    const QString cut = dir.file(QStringLiteral("截断.xlsx"));
    for (int size : {10, 100, int(whole.size() / 2), int(whole.size() - 30)}) {
        writeFile(cut, whole.left(size));
        CHECK_FALSE(records(cut).ok());
    }
}
