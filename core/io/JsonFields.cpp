// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace servicelens::io {

JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

JsonFields::JsonFields(const QJsonValue &value, QString path)
    : m_object(value.toObject())
    , m_path(std::move(path))
{
    if (!value.isObject())
        m_status = makeError(ErrorKind::InvalidInput,
                             QStringLiteral("%1: %2").arg(m_path, tr("expected an object { … }")));
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFields::pathOf(const QString &key, qsizetype index) const
{
    return pathOf(key) + QStringLiteral("[%1]").arg(index + 1);
}

void JsonFields::fail(const QString &key, const QString &what)
{
    if (m_status)
        m_status =
            makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(pathOf(key), what));
}

std::optional<QJsonValue> JsonFields::present(const QString &key, Need need)
{
    if (!m_status)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            fail(key, tr("required"));
        return std::nullopt;
    }
    return v;
}

QString JsonFields::text(const QString &key, Need need)
{
    const auto given = present(key, need);
    if (!given)
        return {};
    const QJsonValue &v = *given;
    if (!v.isString()) {
        fail(key, tr("expected a text in quotes"));
        return {};
    }
    const QString s = v.toString();
    if (need == Required && s.trimmed().isEmpty())
        fail(key, tr("must not be empty"));
    return s;
}

std::optional<double> JsonFields::number(const QString &key, Need need)
{
    const auto given = present(key, need);
    if (!given)
        return std::nullopt;
    const QJsonValue &v = *given;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, tr("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> JsonFields::integer(const QString &key, Need need)
{
    const auto n = number(key, need);
    if (!n)
        return std::nullopt;
    if (std::floor(*n) != *n || std::fabs(*n) > 9e15) {
        fail(key, tr("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<qint64>(*n);
}

bool JsonFields::boolean(const QString &key, bool fallback)
{
    if (!m_status)
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonArray JsonFields::array(const QString &key, Need need)
{
    const auto given = present(key, need);
    if (!given)
        return {};
    const QJsonValue &v = *given;
    if (!v.isArray()) {
        fail(key, tr("expected a list [ … ]"));
        return {};
    }
    return v.toArray();
}

std::optional<QString> duplicateKeyPath(const QByteArray &json)
{
    struct Level {
        bool object = false;
        qsizetype index = 0; // arrays: the element being read (1-based in paths)
        QString key;         // objects: the key being read
        QSet<QString> keys;
    };
    std::vector<Level> stack;
    auto path = [&stack]() {
        QString p;
        for (const Level &l : stack) {
            if (l.object) {
                if (!l.key.isNull())
                    p += (p.isEmpty() ? QString() : QStringLiteral(".")) + l.key;
            } else {
                p += QStringLiteral("[%1]").arg(l.index);
            }
        }
        return p;
    };
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            QByteArray raw;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\' && i + 1 < json.size())
                    raw += json[i++];
                raw += json[i];
            }
            if (expectKey && !stack.empty() && stack.back().object) {
                // Decoded as JSON, so "a" and "\u0061" are the same key.
                const QString key = QJsonDocument::fromJson("{\"" + raw + "\":0}")
                                        .object()
                                        .keys()
                                        .value(0, QString::fromUtf8(raw));
                Level &l = stack.back();
                l.key = key;
                if (l.keys.contains(key))
                    return path();
                l.keys.insert(key);
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            if (!stack.empty() && !stack.back().object && stack.back().index == 0)
                stack.back().index = 1;
            stack.push_back(Level{c == '{', 0, QString(), {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            stack.pop_back();
        } else if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().object)
                    expectKey = true;
                else
                    ++stack.back().index;
            }
        } else if (!stack.empty() && !stack.back().object && stack.back().index == 0 &&
                   !QChar::isSpace(static_cast<uchar>(c))) {
            stack.back().index = 1; // the first element of a list, a number or a word
        }
        if (c == '"' && !stack.empty() && !stack.back().object && stack.back().index == 0)
            stack.back().index = 1;
    }
    return std::nullopt;
}

Result<QJsonValue> parseJsonValue(const QByteArray &json)
{
    const QByteArray trimmed = json.trimmed();
    if (trimmed.startsWith('[')) {
        // Parsed inside an object so that the syntax errors speak of the same lines.
        auto wrapped = parseJsonObject("{\"list\":" + json + "}");
        if (!wrapped)
            return wrapped.error();
        return wrapped->value(QStringLiteral("list"));
    }
    auto object = parseJsonObject(json);
    if (!object)
        return object.error();
    return QJsonValue(*object);
}

Result<QJsonObject> parseJsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < error.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        return makeError(ErrorKind::InvalidInput, JsonFields::tr("Line %1, column %2: %3")
                                                      .arg(line)
                                                      .arg(column)
                                                      .arg(error.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorKind::InvalidInput,
                         JsonFields::tr("Line 1: expected an object { … } at the top."));
    if (auto twice = duplicateKeyPath(json)) {
        QString shown = *twice;
        if (shown.startsWith(QLatin1String("list[")))
            shown.remove(0, 4); // the wrapper parseJsonValue puts around a list
        return makeError(ErrorKind::InvalidInput,
                         JsonFields::tr("%1: the key is given twice in the same object; which "
                                        "one is meant cannot be told.")
                             .arg(shown));
    }
    return doc.object();
}

} // namespace servicelens::io
