// SPDX-License-Identifier: GPL-3.0-or-later
// Imports of Excel workbooks with the real binary: a staff sheet as Excel saves it (a date cell,
// a blank row, an empty last cell), the summary naming the workbook, a problem named by the
// sheet's row; an .xls, a damaged package and another kind of ZIP refused with exit 3, the
// workbook untouched each time.
#include "ServicelensProcess.h"
#include "TestSupport.h"
#include "XlsxPackage.h"

#include "org/Staff.h"
#include "workbook/Workbook.h"

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE(
    "An Excel workbook imports as its CSV would, and what cannot be read is refused untouched",
    "[cli][xlsx]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("网点.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const auto import = [&](const QString &file) {
        return runServicelens({QStringLiteral("import"), QStringLiteral("staff"),
                               QStringLiteral("--db"), db, QStringLiteral("--in"), file});
    };
    // Style 1 shows a date (built-in format 14): the hire date typed as a date in Excel.
    const QByteArray styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                              "</cellXfs>";
    const QString sheet = dir.file(QStringLiteral("员工 名单.xlsx"));
    REQUIRE(XlsxPackage::write(
        sheet,
        XlsxPackage::workbook(
            XlsxPackage::row(1, {QStringLiteral("工号"), QStringLiteral("姓名"),
                                 QStringLiteral("岗位"), QStringLiteral("入职日期")}) +
                XlsxPackage::row(2, {QStringLiteral("T01"), QStringLiteral("王师傅"),
                                     QStringLiteral("技术支持")}) +
                "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>C01</t></is></c><c r=\"B4\" "
                "t=\"inlineStr\"><is><t>李娜</t></is></c><c r=\"C4\" t=\"inlineStr\"><is><t>客服"
                "</t></is></c><c r=\"D4\" s=\"1\"><v>45488</v></c></row>",
            {}, styles)));
    const Run people = import(sheet);
    INFO(people.err.toStdString());
    REQUIRE(people.status == 0);
    CHECK(people.out.contains(QStringLiteral("2 rows read, 2 inserted")));
    CHECK(people.out.contains(QStringLiteral("(Excel workbook)")));
    {
        auto wb = Workbook::open(db);
        REQUIRE(wb.ok());
        auto li = org::StaffRepository((*wb)->database()).findByCode(QStringLiteral("C01"));
        REQUIRE(li.ok());
        REQUIRE(li->has_value());
        CHECK((*li)->hireDate == QDate(2024, 7, 15)); // serial 45488
        CHECK((*li)->role == org::Role::CustomerService);
    }

    // A role no one has, on the sheet's row 3: named by that row, nothing imported.
    const QString wrong = dir.file(QStringLiteral("错误.xlsx"));
    REQUIRE(XlsxPackage::write(
        wrong,
        XlsxPackage::workbook(XlsxPackage::row(1, {QStringLiteral("工号"), QStringLiteral("姓名"),
                                                   QStringLiteral("岗位")}) +
                              XlsxPackage::row(3, {QStringLiteral("T09"), QStringLiteral("赵"),
                                                   QStringLiteral("厨师")}))));
    const QByteArray before = fileHash(db);
    const Run refused = import(wrong);
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("Row 3, column “岗位”: “厨师”"))); // as Excel shows it
    CHECK(fileHash(db) == before);

    // What is no readable workbook: exit 3 with the reason, the workbook untouched.
    const QString xls = dir.file(QStringLiteral("旧表.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(2048, '\0'));
    const Run legacy = import(xls);
    CHECK(legacy.status == 3);
    CHECK(legacy.err.contains(QStringLiteral(".xls")));
    const QString zip = dir.file(QStringLiteral("照片.zip"));
    REQUIRE(XlsxPackage::write(zip, {{QStringLiteral("photo.jpg"), QByteArray(100, 'x')}}));
    CHECK(import(zip).status == 3);
    const QString cut = dir.file(QStringLiteral("截断.xlsx"));
    writeFile(cut, fileBytes(sheet).left(int(fileBytes(sheet).size() / 2)));
    CHECK(import(cut).status == 3);
    CHECK(fileHash(db) == before);
}
