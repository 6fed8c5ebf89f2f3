// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/ServiceOrder.h"
#include "knowledge/CaseLibrary.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The order form's Cases tab: at diagnosis, the approved cases that fit the order (its fault
// code, its model, its description's words), best first, or the library searched by words; the
// chosen case read in full; "Used on this order" recorded (what the Knowledge page compares);
// and a closed order saved as a new case, prefilled from it.
class OrderCasesTab final : public QWidget {
    Q_OBJECT

public:
    // `clues` reads the form as it stands (fields not yet saved included).
    OrderCasesTab(Database &db, std::function<knowledge::OrderClues()> clues,
                  QWidget *parent = nullptr);

    // The order shown (0: a new order, not saved yet).
    void setOrder(const flow::ServiceOrder &order);
    // The suggestions, or the search's results, read again.
    void refresh();
    int suggestionCount() const { return m_suggested; }

    // Tests.
    QTableWidget *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *saveAsCaseButton() const { return m_saveAsCase; }
    QLabel *usedLabel() const { return m_used; }

signals:
    void suggestionsChanged(int count);

private:
    void showChosen();
    void recordUse();
    void saveAsCase();
    void showUsed();
    qint64 chosenId() const;

    Database &m_db;
    knowledge::CaseLibrary m_library;
    std::function<knowledge::OrderClues()> m_clues;
    flow::ServiceOrder m_order;
    std::vector<knowledge::CaseHit> m_hits;
    int m_suggested = 0;
    QLineEdit *m_search;
    QLabel *m_heading;
    QTableWidget *m_list;
    QTextBrowser *m_text;
    QPushButton *m_use;
    QPushButton *m_open;
    QPushButton *m_saveAsCase;
    QLabel *m_used;
};

} // namespace servicelens::ui
