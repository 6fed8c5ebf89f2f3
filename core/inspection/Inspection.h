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

// Inspections: started as drafts, saved answer by answer (each answer its own transaction, so
// closing the window or a crash loses nothing), completed once (score stored, locked), then
// changed only by amendments that give a reason and are audited.
class InspectionRepository final {
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)

public:
    explicit InspectionRepository(Database &db)
        : m_db(db)
    {}

    Status start(Inspection &inspection);
    // Drafts only. An answer without a value and not n/a removes the answer.
    Status saveAnswer(qint64 inspectionId, const Answer &answer);
    Status setNote(qint64 inspectionId, const QString &note);
    // A draft that is not wanted; completed inspections are never deleted.
    Status discardDraft(qint64 inspectionId);
    // Scores the draft, stores score and pass, locks it and moves its schedule's next due date.
    Result<ScoreResult> complete(qint64 inspectionId, qint64 completedAt);
    // A change to a completed inspection: recorded with the reason, before and after; the score
    // is computed again.
    Result<ScoreResult> amend(qint64 inspectionId, const Answer &answer, const QString &reason);

    Result<std::optional<Inspection>> findById(qint64 id) const;
    Result<std::optional<Inspection>> findByUid(const QString &uid) const;
    Result<std::vector<Answer>> answers(qint64 inspectionId) const;
    // Newest first; drafts included.
    Result<std::vector<InspectionListRow>> list(qint64 branchId) const;
    // The last completed inspection of the template's code before `before`, item code -> what it
    // found.
    Result<QHash<QString, PreviousFinding>> previousFindings(const Inspection &inspection) const;

    Status addPhoto(qint64 inspectionId, qint64 itemId, const QString &fileName,
                    const QByteArray &image, const QByteArray &thumbnail);
    Status removePhoto(qint64 photoId);
    Result<std::vector<PhotoInfo>> photos(qint64 inspectionId) const;
    Result<QByteArray> photoImage(qint64 photoId) const;

    // Service orders kept as evidence for an answer.
    Status setEvidence(qint64 inspectionId, qint64 itemId, const std::vector<qint64> &orderIds);
    Result<std::vector<qint64>> evidence(qint64 inspectionId, qint64 itemId) const;

    static QString statusCode(InspectionStatus status);

private:
    Result<Inspection> draft(qint64 inspectionId) const;
    Status writeAnswer(qint64 inspectionId, const Answer &answer);
    Result<ScoreResult> rescore(const Inspection &inspection);
    // Writes a score (with the completion, when given) and seals the inspection; the seal.
    Result<QByteArray> storeScore(qint64 inspectionId, const ScoreResult &result,
                                  std::optional<qint64> completedAt);
    Database &m_db;
};

} // namespace servicelens::inspection
