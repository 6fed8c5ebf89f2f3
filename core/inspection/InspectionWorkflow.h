// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionRepository.h"

#include <QCoreApplication>

namespace servicelens::inspection {

// What happens to an inspection: started as a draft, saved answer by answer (each answer its
// own transaction, so closing the window or a crash loses nothing), photos and evidence kept
// with a draft's answers, completed once (score stored, sealed, locked), then changed only by
// amendments that give a reason and are audited.
class InspectionWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(InspectionWorkflow)

public:
    explicit InspectionWorkflow(Database &db);

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

    // Drafts only.
    Status addPhoto(qint64 inspectionId, qint64 itemId, const QString &fileName,
                    const QByteArray &image, const QByteArray &thumbnail);
    Status removePhoto(qint64 photoId);
    Status setEvidence(qint64 inspectionId, qint64 itemId, const std::vector<qint64> &orderIds);

private:
    Result<Inspection> draft(qint64 inspectionId) const;
    Status writeAnswer(qint64 inspectionId, const Answer &answer);
    Result<ScoreResult> rescore(const Inspection &inspection);
    // Writes a score (with the completion, when given) and seals the inspection; the seal.
    Result<QByteArray> storeScore(qint64 inspectionId, const ScoreResult &result,
                                  std::optional<qint64> completedAt);

    Database &m_db;
    InspectionRepository m_inspections;
};

} // namespace servicelens::inspection
