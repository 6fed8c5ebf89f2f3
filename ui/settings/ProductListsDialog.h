// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/ProductUsage.h"
#include "org/ProductLists.h"
#include "org/ProductMatcher.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Settings ▸ Products and Categories…: head office's lists (org/ProductLists) with the orders
// each entry has across the branches, and the product and category texts the branches wrote
// that match none, most orders first, each mapped by hand onto an entry (remembered as a
// spelling, audited). The orders are counted on a worker thread with its own connection, so a
// store of millions of orders never freezes the window. "Import Product List…" closes the
// dialog with ImportRequested: the import takes the workbook over, and the window opens the
// dialog again afterwards.
class ProductListsDialog final : public QDialog {
    Q_OBJECT

public:
    enum { ImportRequested = 2 };

    explicit ProductListsDialog(Database &db, QWidget *parent = nullptr);
    ~ProductListsDialog() override;

    // Tests: until the counts shown are the current ones.
    void waitForCounts();
    QTableWidget *unmappedTable() const { return m_unmapped; }
    QTableWidget *modelTable() const { return m_models; }
    QTableWidget *categoryTable() const { return m_categories; }
    QComboBox *targetBox() const { return m_target; }
    QPushButton *mapButton() const { return m_map; }
    QLabel *summary() const { return m_summary; }
    QPushButton *forgetButton() const { return m_forget; }
    QTabWidget *tabs() const { return m_tabs; }
    // Forgets a remembered spelling of an entry (Forget a Spelling… after the choice).
    void forgetSpelling(org::ProductList list, const QString &spelling);

private:
    using Counted = Result<std::pair<org::ProductLists, flow::ProductUsage>>;

    void count();
    void show(const Counted &counted);
    void fillModels();
    void fillCategories();
    void fillUnmapped();
    void offerTargets();
    void mapSelected();
    std::optional<std::pair<org::ProductList, QString>> selectedEntry() const;
    void offerForgetting();
    void chooseSpellingToForget();
    QStringList spellingsOf(org::ProductList list, const QString &target) const;

    Database &m_db;
    QString m_location;
    QFutureWatcher<Counted> m_watcher;
    bool m_counting = false;   // a count is under way or not yet shown
    bool m_countAgain = false; // the lists changed while counting
    org::ProductLists m_lists;
    org::ProductMatcher m_matcher{m_lists}; // the lists shown, for the proposals
    flow::ProductUsage m_usage;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_unmapped;
    QTableWidget *m_models;
    QTableWidget *m_categories;
    QComboBox *m_target;
    QPushButton *m_map;
    QPushButton *m_forget;
};

} // namespace servicelens::ui
