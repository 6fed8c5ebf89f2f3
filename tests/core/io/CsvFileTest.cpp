// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/CsvFile.h"

#include <QStringEncoder>

using namespace servicelens;
using namespace servicelens::io;
using namespace servicelens::test;

namespace {

bool valid(const QByteArray &bytes, int *pendingOut = nullptr)
{
    int pending = -1;
    const bool ok = CsvFile::isValidUtf8(bytes.constData(), bytes.size(), pending);
    if (pendingOut)
        *pendingOut = pending;
    return ok && pending == 0;
}

// Records of a file as (line, fields).
std::vector<CsvRow> readAll(const QString &path, const CsvFile::Format &format)
{
    std::vector<CsvRow> rows;
    const Status s = CsvFile::read(path, format, [&](const CsvRecord &r) {
        rows.push_back(r.toRow());
        return true;
    });
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
    return rows;
}

// A file bigger than one read piece (1 MiB) whose Chinese text straddles the piece boundary
// at every possible byte offset of a character.
QString bigText(int rows)
{
    QString text = QStringLiteral("工单号,客户,备注\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("SO%1,张三丰,\"第%1行，含逗号\n和换行\"\n").arg(i);
    return text;
}

} // namespace

TEST_CASE("UTF-8 validation refuses overlong forms, surrogates and code points past U+10FFFF",
          "[io][csv]")
{
    CHECK(valid(QStringLiteral("工单 order ✓ 😀").toUtf8()));
    CHECK(valid(QByteArray("plain ascii, long enough to take the eight-byte path")));
    CHECK_FALSE(valid(QByteArray("\xC0\x80")));         // overlong NUL
    CHECK_FALSE(valid(QByteArray("\xE0\x80\xAF")));     // overlong '/'
    CHECK_FALSE(valid(QByteArray("\xED\xA0\x80")));     // a UTF-16 surrogate
    CHECK_FALSE(valid(QByteArray("\xF4\x90\x80\x80"))); // above U+10FFFF
    CHECK_FALSE(valid(QByteArray("ab\xFFyz")));
    CHECK_FALSE(valid(QStringEncoder("GB18030").encode(QStringLiteral("张三"))));
    // A character cut at the end of a piece is pending, not wrong.
    int pending = 0;
    const QByteArray cut = QStringLiteral("a张").toUtf8().left(3);
    CHECK(CsvFile::isValidUtf8(cut.constData(), cut.size(), pending));
    CHECK(pending == 2);
}

TEST_CASE("A file larger than a read piece streams whole, in UTF-8 and GB18030", "[io][csv]")
{
    TempFolder dir;
    const QString text = bigText(30000); // about 1.5 MB
    const QString utf8Path = dir.file(QStringLiteral("大文件.csv"));
    writeFile(utf8Path, "\xEF\xBB\xBF" + text.toUtf8());
    const QString gbPath = dir.file(QStringLiteral("大文件-gbk.csv"));
    writeFile(gbPath, QStringEncoder("GB18030").encode(text));

    for (const QString &path : {utf8Path, gbPath}) {
        INFO(path.toStdString());
        auto format = CsvFile::sniff(path);
        REQUIRE(format.ok());
        CHECK(format->encoding == (path == utf8Path ? Encoding::Utf8 : Encoding::Gb18030));
        CHECK(format->delimiter == ',');
        const auto rows = readAll(path, *format);
        REQUIRE(rows.size() == 30001);
        CHECK(rows[0].fields == QStringList({QStringLiteral("工单号"), QStringLiteral("客户"),
                                             QStringLiteral("备注")}));
        // Each record spans two physical lines (a quoted line break): the lines count on.
        CHECK(rows[1].line == 2);
        CHECK(rows[30000].line == 2 + 2 * 29999);
        CHECK(rows[30000].fields ==
              QStringList({QStringLiteral("SO29999"), QStringLiteral("张三丰"),
                           QStringLiteral("第29999行，含逗号\n和换行")}));
        for (const CsvRow &r : rows)
            REQUIRE(r.fields.size() == 3);
    }
}

TEST_CASE("Detection reads past the first piece, and bad bytes name their line", "[io][csv]")
{
    TempFolder dir;
    // ASCII for well over the sniffing sample, Chinese only near the end: still GB18030.
    QString text = QStringLiteral("order_id,customer\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("SO%1,customer %1\n").arg(i);
    text += QStringLiteral("SO-last,王五\n");
    const QString path = dir.file(QStringLiteral("晚出现中文.csv"));
    writeFile(path, QStringEncoder("GB18030").encode(text));
    auto format = CsvFile::sniff(path);
    REQUIRE(format.ok());
    CHECK(format->encoding == Encoding::Gb18030);
    const auto rows = readAll(path, *format);
    CHECK(rows.back().fields.value(1) == QStringLiteral("王五"));

    // Read as UTF-8 on the user's word, the first bad line is named.
    auto forced = CsvFile::sniff(path, Encoding::Utf8);
    REQUIRE(forced.ok());
    const Status s = CsvFile::read(path, *forced, [](const CsvRecord &) { return true; });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.startsWith(QStringLiteral("Line 20002: the text is not valid UTF-8")));

    // The preview stops after the rows asked for.
    auto head = CsvFile::head(path, *format, 3);
    REQUIRE(head.ok());
    CHECK(head->size() == 3);
}
