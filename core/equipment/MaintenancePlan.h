// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenanceSchedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace servicelens::equipment {

class Cadences final {
    Q_DECLARE_TR_FUNCTIONS(Cadences)

public:
    static QString code(Cadence cadence);  // "working_days", as in files and the store
    static QString label(Cadence cadence); // translated
    // A code or a Chinese name (工作日, 每月, 每季度, 使用量, 校准); none when not a cadence.
    static std::optional<Cadence> parse(const QString &text);
};

// A maintenance plan (保养计划) of a branch: for one piece, or for every piece of a kind (exactly
// one of the two); its cadence; the day it starts (a plan never carried out is due from then);
// the code of its checklist, an inspection template of kind "maintenance" ('' for none).
struct MaintenancePlan {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    std::optional<qint64> equipmentId;
    QString kind;
    QString name;
    Schedule schedule;
    QDate since;
    QString templateCode;
    std::optional<qint64> ownerId;
    bool active = true;

    QJsonObject toJson() const;
    // What is wrong with the plan, in the user's words; empty when it can be saved.
    QString problem() const;
};

// A maintenance done on a piece (保养记录): under a plan or not, the counter read then, passed or
// failed, a calibration's certificate and the expiry it gives, the checklist filled.
struct MaintenanceRecord {
    qint64 id = 0;
    QString uid;
    qint64 equipmentId = 0;
    std::optional<qint64> planId;
    QDate doneOn;
    std::optional<double> reading;
    bool passed = true;
    QString certificate;
    QDate expiresOn; // invalid when the certificate gives none
    std::optional<qint64> inspectionId;
    std::optional<qint64> doneBy;
    QString note;

    QJsonObject toJson() const;
    bool sameContent(const MaintenanceRecord &other) const { return toJson() == other.toJson(); }
};

} // namespace servicelens::equipment
