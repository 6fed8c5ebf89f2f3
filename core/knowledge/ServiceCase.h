// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace servicelens::knowledge {

// A case of the library (案例库): a fault found and fixed, written so the next technician finds
// it. Drafts are written from a closed order or by hand; an approved case is the one offered at
// diagnosis; a retired one stays for its history and the orders it was used on.
enum class CaseStatus { Draft, Approved, Retired };

struct CasePhoto {
    QString caption;
    QByteArray image; // JPEG or PNG bytes
};

struct ServiceCase {
    qint64 id = 0;
    QString uid;
    QString title;   // 室内机漏水：排水管坡度不足
    QString symptom; // what is seen
    QString cause;   // what was found
    QString fix;     // the steps, one per line
    QString faultCode;
    QStringList models; // product_model codes
    QStringList tags;
    QString author;
    CaseStatus status = CaseStatus::Draft;
    int version = 1;
    std::optional<qint64> sourceOrderId; // the order it was written from
    std::vector<CasePhoto> photos;

    static QString code(CaseStatus s); // draft, approved, retired
    static std::optional<CaseStatus> statusFrom(const QString &code);
    // The content a version keeps (and the audit trail records): every field a reader sees,
    // photos counted, not copied.
    QJsonObject toJson() const;
    bool sameContent(const ServiceCase &o) const;
};

} // namespace servicelens::knowledge
