// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowTypes.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

enum class ActionStatus { Open, InProgress, Done, Verified };
inline constexpr std::array<ActionStatus, 4> allActionStatuses = {
    ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Verified};

enum class ActionSource { Inspection, Complaint, Survey, Incident, Other };

class ActionNames final {
    Q_DECLARE_TR_FUNCTIONS(ActionNames)

public:
    static QString code(ActionStatus status);
    static QString label(ActionStatus status);
    static std::optional<ActionStatus> status(const QString &code);
    static QString code(ActionSource source);
    static QString label(ActionSource source);
    static std::optional<ActionSource> source(const QString &code);
};

// A corrective action (整改措施): what must change, who owns it, by when, and proof it was done.
struct CorrectiveAction {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    ActionSource source = ActionSource::Inspection;
    std::optional<qint64> inspectionId;
    std::optional<qint64> itemId;
    std::optional<qint64> orderId;
    QString description;
    std::optional<qint64> ownerId;
    QDate due;
    flow::Priority priority = flow::Priority::Normal;
    ActionStatus status = ActionStatus::Open;
    qint64 createdAt = 0;
    std::optional<qint64> doneAt;
    std::optional<qint64> verifiedAt;
    std::optional<qint64> verifierId;
    QString verifyNote;

    bool isOpen() const
    {
        return status == ActionStatus::Open || status == ActionStatus::InProgress;
    }
    // Not done and its due date has passed on `today`.
    bool overdueOn(QDate today) const { return isOpen() && due.isValid() && due < today; }
};

// A row of the actions list, with what a person reads.
struct ActionListRow {
    CorrectiveAction action;
    QString ownerName;
    QString verifierName;
    QString itemCode; // the inspection item, when it came from one
    QString itemText;
    QString itemTextZh;
    QString orderNo; // the service order, when it came from a complaint or survey
};

struct ActionFilter {
    qint64 branchId = 0;
    std::vector<ActionStatus> statuses; // empty: all
    bool overdueOnly = false;           // open and due before `today`
    QDate today;
    std::optional<qint64> ownerId;
    std::optional<qint64> inspectionId;
    std::optional<qint64> incidentId; // the actions an incident gave rise to (incident_action)
};

// The life of a corrective action: open -> in progress -> done -> verified, where the verifier
// must be someone other than the owner; a failed verification sends it back to in progress.
// Every change is audited.
class ActionRepository final {
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database &db)
        : m_db(db)
    {}

    Status create(CorrectiveAction &action);
    // Description, owner, due date and priority, while the action is not verified.
    Status update(const CorrectiveAction &action);
    Status startWork(qint64 id);
    Status markDone(qint64 id, qint64 doneAt);
    Status verify(qint64 id, qint64 verifierId, const QString &note, const QByteArray &photo,
                  qint64 verifiedAt);
    // Verification refused: back to in progress, with the reason.
    Status reject(qint64 id, qint64 verifierId, const QString &reason);

    Result<std::optional<CorrectiveAction>> findById(qint64 id) const;
    Result<std::vector<ActionListRow>> list(const ActionFilter &filter) const;
    Result<QByteArray> verificationPhoto(qint64 id) const;

private:
    Status transition(qint64 id, const std::vector<ActionStatus> &from, ActionStatus to,
                      const std::function<Status(const CorrectiveAction &)> &write);
    Database &m_db;
};

} // namespace servicelens::inspection
