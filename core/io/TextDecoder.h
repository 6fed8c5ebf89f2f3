// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

namespace servicelens::io {

// The text encodings CSV files arrive in (PERF-NOTES.md): "CSV UTF-8" from Excel (with a BOM),
// plain UTF-8, "Unicode Text" (UTF-16 with a BOM, tab-separated) and GBK/GB18030, which Excel
// on a Chinese Windows writes. Detection: a BOM decides; else text that is valid UTF-8 is UTF-8;
// else GB18030. Statistical guessing misjudges short files, so it is not used.
enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030 };

class TextDecoder final {
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Decoded {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    static Encoding detect(const QByteArray &bytes);
    // The encoding a byte-order mark at the start names, if there is one.
    static std::optional<Encoding> byteOrderMark(const QByteArray &bytes);
    // Decodes with the given encoding (Auto: detected). Bytes that are not valid in it are an
    // error naming the line where the first one is.
    static Result<Decoded> decode(const QByteArray &bytes, Encoding encoding = Encoding::Auto);
    static QString name(Encoding encoding);
    static std::optional<Encoding> fromName(const QString &name);

    // The delimiter among comma, semicolon and tab that splits the first lines most consistently
    // (quoted text is skipped); comma when nothing decides.
    static char detectDelimiter(const QString &text);
};

} // namespace servicelens::io
