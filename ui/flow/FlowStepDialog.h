// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace servicelens::ui {

// One step of an order's flow, before it is taken: when it really happened (now by default, in
// the branch's local time) and a note; waiting for parts names the part and its expected date,
// reopening needs a reason, and closing says what the order still lacks. Enter takes the step.
class FlowStepDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Respond, Advance, WaitParts, WaitCustomer, EndWait, Reopen };

    // `stage` is the stage reached, for Kind::Advance. `now` in Unix seconds.
    FlowStepDialog(Kind kind, flow::Stage stage, const flow::OrderDetails &details, qint64 now,
                   QWidget *parent = nullptr);

    void accept() override;
    qint64 at() const { return m_at; }
    // The note as recorded on the step's event: the part and its date, the reason, the note.
    QString note() const;
    // What a closed order would lack (no customer, no technician…), empty when nothing.
    static QStringList missingForClosing(const flow::OrderDetails &details);
    static QString title(Kind kind, flow::Stage stage);

private:
    Kind m_kind;
    QString m_zone;
    qint64 m_at = 0;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_part = nullptr;
    QCheckBox *m_expectedSet = nullptr;
    QDateEdit *m_expected = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace servicelens::ui
