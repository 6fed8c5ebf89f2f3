// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "equipment/Breakdowns.h"
#include "equipment/Equipment.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// A breakdown of a piece: reported (when it went down, what went wrong, who found it), or, for
// one still open, its repair (when it was back, what was done, by whom) — which ends every
// order's wait for it.
class BreakdownDialog final : public QDialog {
    Q_OBJECT

public:
    // Reports a new breakdown of `piece`; with `open`, records its repair.
    BreakdownDialog(Database &db, const equipment::Equipment &piece, const LocalTime &local,
                    qint64 now, std::optional<equipment::BreakdownRecord> open = std::nullopt,
                    QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    equipment::Equipment m_piece;
    std::optional<equipment::BreakdownRecord> m_open;
    LocalTime m_local;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_text;
    QComboBox *m_by;
    QLabel *m_error;
};

} // namespace servicelens::ui
