// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace servicelens::io {

// JSON written with its keys in the order given. The public formats of FORMATS.md and KPI.md
// document their keys in a reading order; QJsonObject would sort them alphabetically.
// Numbers use the shortest form that reads back to the same double: nothing is rounded.
class OrderedJson final {
public:
    static OrderedJson object() { return OrderedJson(Kind::Object); }
    static OrderedJson array() { return OrderedJson(Kind::Array); }
    static OrderedJson number(double v);
    static OrderedJson number(qint64 v);
    static OrderedJson number(int v) { return number(static_cast<qint64>(v)); }
    static OrderedJson number(const std::optional<double> &v);
    static OrderedJson string(const QString &v);
    static OrderedJson string(const std::optional<QString> &v);
    static OrderedJson boolean(bool v);
    static OrderedJson null();

    // For objects.
    OrderedJson &add(const QString &key, OrderedJson value);
    // For arrays.
    OrderedJson &append(OrderedJson value);

    // Indented with two spaces per level; compact when indent is negative.
    QString toString(int indent = 2) const;

private:
    enum class Kind { Object, Array, Scalar };
    explicit OrderedJson(Kind kind)
        : m_kind(kind)
    {}
    void write(QString &out, int indent, int level) const;

    Kind m_kind;
    QString m_scalar;
    std::vector<std::pair<QString, OrderedJson>> m_members;
};

} // namespace servicelens::io
