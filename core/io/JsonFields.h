// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace servicelens::io {

// Reads the fields of one JSON object of a public format, keeping the first problem with its
// path ("sections[2].items[1].weight: expected a number"), so a reader is a list of plain reads
// followed by one check of status(). After a problem, reads return empty values.
class JsonFields final {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    enum Need { Optional, Required };

    JsonFields(const QJsonObject &object, QString path);
    // For an element of an array: checks it is an object.
    JsonFields(const QJsonValue &value, QString path);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString text(const QString &key, Need need = Optional);
    std::optional<double> number(const QString &key, Need need = Optional);
    std::optional<qint64> integer(const QString &key, Need need = Optional);
    bool boolean(const QString &key, bool fallback);
    QJsonArray array(const QString &key, Need need = Optional);
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    // The path of a key or of an array element under this object.
    QString pathOf(const QString &key) const;
    QString pathOf(const QString &key, qsizetype index) const;

    // Records a problem found by the caller about a key's value.
    void fail(const QString &key, const QString &what);
    bool ok() const { return m_status.ok(); }
    const Status &status() const { return m_status; }

private:
    // The value under `key`; nothing when reading has failed already or the key is absent or
    // null (a failure when it is required).
    std::optional<QJsonValue> present(const QString &key, Need need);
    QJsonObject m_object;
    QString m_path;
    Status m_status;
};

// A document's root object, or an error naming the line and column where the syntax broke, or
// the path of a key given twice in one object (a JSON parser keeps the last silently, so the
// file would not mean what one of its writers meant).
Result<QJsonObject> parseJsonObject(const QByteArray &json);
// The same for a root that is an object or a list.
Result<QJsonValue> parseJsonValue(const QByteArray &json);
// The path of the first key that appears twice in one object ("answers[4].value"), if any.
// The text must be valid JSON.
std::optional<QString> duplicateKeyPath(const QByteArray &json);

} // namespace servicelens::io
