// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace servicelens::io {

OrderedJson OrderedJson::number(double v)
{
    if (!std::isfinite(v))
        return null();
    OrderedJson j(Kind::Scalar);
    j.m_scalar = QString::number(v, 'g', QLocale::FloatingPointShortest);
    return j;
}

OrderedJson OrderedJson::number(qint64 v)
{
    OrderedJson j(Kind::Scalar);
    j.m_scalar = QString::number(v);
    return j;
}

OrderedJson OrderedJson::number(const std::optional<double> &v)
{
    return v ? number(*v) : null();
}

OrderedJson OrderedJson::string(const QString &v)
{
    OrderedJson j(Kind::Scalar);
    // QJsonDocument escapes exactly as JSON requires; take the string out of a one-element array.
    const QByteArray doc = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    j.m_scalar = QString::fromUtf8(doc.mid(1, doc.size() - 2));
    return j;
}

OrderedJson OrderedJson::string(const std::optional<QString> &v)
{
    return v ? string(*v) : null();
}

OrderedJson OrderedJson::boolean(bool v)
{
    OrderedJson j(Kind::Scalar);
    j.m_scalar = v ? QStringLiteral("true") : QStringLiteral("false");
    return j;
}

OrderedJson OrderedJson::null()
{
    OrderedJson j(Kind::Scalar);
    j.m_scalar = QStringLiteral("null");
    return j;
}

OrderedJson &OrderedJson::add(const QString &key, OrderedJson value)
{
    m_members.emplace_back(key, std::move(value));
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    m_members.emplace_back(QString(), std::move(value));
    return *this;
}

QString OrderedJson::toString(int indent) const
{
    QString out;
    write(out, indent, 0);
    return out;
}

void OrderedJson::write(QString &out, int indent, int level) const
{
    if (m_kind == Kind::Scalar) {
        out += m_scalar;
        return;
    }
    const bool object = m_kind == Kind::Object;
    out += object ? QLatin1Char('{') : QLatin1Char('[');
    if (m_members.empty()) {
        out += object ? QLatin1Char('}') : QLatin1Char(']');
        return;
    }
    const bool pretty = indent >= 0;
    const QString inner = pretty ? QString(indent * (level + 1), QLatin1Char(' ')) : QString();
    bool firstMember = true;
    for (const auto &[key, value] : m_members) {
        if (!firstMember)
            out += QLatin1Char(',');
        firstMember = false;
        if (pretty)
            out += QLatin1Char('\n') + inner;
        if (object) {
            out += string(key).m_scalar;
            out += pretty ? QStringLiteral(": ") : QStringLiteral(":");
        }
        value.write(out, indent, level + 1);
    }
    if (pretty)
        out += QLatin1Char('\n') + QString(indent * level, QLatin1Char(' '));
    out += object ? QLatin1Char('}') : QLatin1Char(']');
}

} // namespace servicelens::io
