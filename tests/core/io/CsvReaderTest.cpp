// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/CsvReader.h"

using namespace servicelens;
using namespace servicelens::io;

TEST_CASE("CSV records keep quoted delimiters, quotes and newlines, and their line numbers",
          "[io][csv]")
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "工单号,客户,备注\r\n"
                            "SO1,\"张三, 李四\",\"他说\"\"好\"\"\"\r\n"
                            "SO2,王五,\"第一行\r\n第二行\"\r\n"
                            "\r\n"
                            "SO3,赵六,\r\n";
    auto rows = CsvReader::parse(text);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK((*rows)[0].line == 1);
    CHECK((*rows)[0].fields ==
          QStringList{QStringLiteral("工单号"), QStringLiteral("客户"), QStringLiteral("备注")});
    CHECK((*rows)[1].line == 2);
    CHECK((*rows)[1].fields.at(1) == QStringLiteral("张三, 李四"));
    CHECK((*rows)[1].fields.at(2) == QStringLiteral("他说\"好\""));
    CHECK((*rows)[2].line == 3);
    CHECK((*rows)[2].fields.at(2) == QStringLiteral("第一行\r\n第二行"));
    CHECK((*rows)[3].line == 6); // after a two-line record and a blank line
    CHECK((*rows)[3].fields ==
          QStringList{QStringLiteral("SO3"), QStringLiteral("赵六"), QString()});
}

TEST_CASE("CSV with LF endings, other delimiters and no final newline", "[io][csv]")
{
    auto rows = CsvReader::parse("a;b\n1;2\n3;4", ';');
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[2].line == 3);
    CHECK((*rows)[2].fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("Malformed CSV is an error naming the line", "[io][csv]")
{
    auto rows = CsvReader::parse("a,b\n1,\"unterminated\n");
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().kind == ErrorKind::InvalidInput);
    CHECK(rows.error().message.startsWith(QStringLiteral("Line 2")));
}
