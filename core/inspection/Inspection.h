// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scoring.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

enum class InspectionStatus { Draft, Completed };

struct Inspection {
    qint64 id = 0;
    QString uid;
    qint64 templateId = 0;
    qint64 branchId = 0;
    std::optional<qint64> scheduleId;
    std::optional<qint64> inspectorId;
    InspectionStatus status = InspectionStatus::Draft;
    qint64 startedAt = 0;
    std::optional<qint64> completedAt;
    std::optional<double> score;
    std::optional<bool> passed;
    QString note;
    QString contentHash; // the seal of a completed inspection (InspectionSeal), hex
};

// A row of the inspections list: the inspection with the names a person reads.
struct InspectionListRow {
    Inspection inspection;
    QString templateCode;
    int templateVersion = 1;
    BilingualText templateName;
    QString inspectorName;
    int findings = 0;    // answers that are findings (Scoring::isFinding)
    int openActions = 0; // corrective actions of it not yet done
};

struct PhotoInfo {
    qint64 id = 0;
    qint64 itemId = 0;
    QString fileName;
    QByteArray thumbnail; // JPEG, small
};

// What the previous completed inspection of the same template (any version) at the same
// branch found for an item, shown beside the question; a finding now that was a finding then
// is a repeat finding.
struct PreviousFinding {
    QString inspectionUid;
    qint64 completedAt = 0;
    Answer answer;
    bool finding = false;
};

} // namespace servicelens::inspection
