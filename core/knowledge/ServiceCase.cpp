// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCase.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace servicelens::knowledge {

QString ServiceCase::code(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Approved:
        return QStringLiteral("approved");
    case CaseStatus::Retired:
        return QStringLiteral("retired");
    case CaseStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

std::optional<CaseStatus> ServiceCase::statusFrom(const QString &code)
{
    for (CaseStatus s : {CaseStatus::Draft, CaseStatus::Approved, CaseStatus::Retired})
        if (code.trimmed().compare(ServiceCase::code(s), Qt::CaseInsensitive) == 0)
            return s;
    static const std::pair<const char *, CaseStatus> chinese[] = {{"草稿", CaseStatus::Draft},
                                                                  {"已批准", CaseStatus::Approved},
                                                                  {"已发布", CaseStatus::Approved},
                                                                  {"已停用", CaseStatus::Retired}};
    for (const auto &[zh, s] : chinese)
        if (code.trimmed() == QString::fromUtf8(zh))
            return s;
    return std::nullopt;
}

QJsonObject ServiceCase::toJson() const
{
    QJsonArray photoDigests;
    for (const CasePhoto &p : photos)
        photoDigests.append(QJsonObject{
            {QStringLiteral("caption"), p.caption},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(p.image, QCryptographicHash::Sha256).toHex())}});
    return {{QStringLiteral("title"), title},
            {QStringLiteral("symptom"), symptom},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("fix"), fix},
            {QStringLiteral("fault_code"), faultCode},
            {QStringLiteral("models"), QJsonArray::fromStringList(models)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("author"), author},
            {QStringLiteral("status"), code(status)},
            {QStringLiteral("version"), version},
            {QStringLiteral("photos"), photoDigests}};
}

bool ServiceCase::sameContent(const ServiceCase &o) const
{
    QJsonObject a = toJson();
    QJsonObject b = o.toJson();
    a.remove(QStringLiteral("version"));
    b.remove(QStringLiteral("version"));
    return a == b;
}

} // namespace servicelens::knowledge
