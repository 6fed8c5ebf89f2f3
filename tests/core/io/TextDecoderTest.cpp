// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/TextDecoder.h"

#include <QStringEncoder>

using namespace servicelens;
using namespace servicelens::io;

namespace {
const QString sample = QStringLiteral("工单号,客户,备注\nSO1,张三,\"空调, 不制冷\"\n");

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}
} // namespace

TEST_CASE("Encodings are detected: BOM, then strict UTF-8, then GB18030", "[io][encoding]")
{
    const QByteArray utf8 = sample.toUtf8();
    CHECK(TextDecoder::detect(utf8) == Encoding::Utf8);
    CHECK(TextDecoder::detect("\xEF\xBB\xBF" + utf8) == Encoding::Utf8);
    const QByteArray gbk = encoded("GB18030", sample);
    CHECK(gbk != utf8);
    CHECK(TextDecoder::detect(gbk) == Encoding::Gb18030);
    const QByteArray utf16 = "\xFF\xFE" + encoded("UTF-16LE", sample);
    CHECK(TextDecoder::detect(utf16) == Encoding::Utf16LE);

    for (const QByteArray &bytes : {utf8, QByteArray("\xEF\xBB\xBF" + utf8), gbk, utf16}) {
        auto d = TextDecoder::decode(bytes);
        REQUIRE(d.ok());
        CHECK(d->text == sample);
    }
    // Asked for UTF-8, GBK bytes are an error naming the line.
    auto wrong = TextDecoder::decode(encoded("GB18030", QStringLiteral("order\nSO1,张三\n")),
                                     Encoding::Utf8);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.startsWith(QStringLiteral("Line 2")));
    CHECK(TextDecoder::fromName(QStringLiteral("GBK")) == Encoding::Gb18030);
    CHECK_FALSE(TextDecoder::fromName(QStringLiteral("latin-9")).has_value());
}

TEST_CASE("The delimiter is the one that splits every line the same way", "[io][encoding]")
{
    CHECK(TextDecoder::detectDelimiter(sample) == ',');
    CHECK(TextDecoder::detectDelimiter(QStringLiteral("a;b;c\n1;2,5;3\n4;5;6\n")) == ';');
    CHECK(TextDecoder::detectDelimiter(QStringLiteral("a\tb\n1\t\"x, y; z\"\n")) == '\t');
    CHECK(TextDecoder::detectDelimiter(QStringLiteral("only\none\n")) == ',');
}
