// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"
#include "flow/OrderWorkflow.h"
#include "knowledge/CaseLibrary.h"

#include <QDialog>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class CustomerFields;
class OrderHistoryTab;
class OrderTimelineTab;
class OrderCasesTab;
class OrderEquipmentTab;

// One order: its fields and stage times (editable, with the problem shown beside what causes
// it), its timeline with the dwell in each stage, its deadlines and the flow's steps, and its
// audit history. Steps are saved as they are taken and can be undone in the form (Ctrl+Z);
// Cancel undoes the steps taken in it too, so the order is left as it was opened. After Save
// the caller makes the steps and the edit one undoable change (takenSteps, original, saved).
class OrderDialog final : public QDialog {
    Q_OBJECT

public:
    OrderDialog(Database &db, qint64 orderId, QWidget *parent = nullptr);
    // A new order, saved only when the user saves it.
    OrderDialog(Database &db, const flow::ServiceOrder &draft, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;
    bool isLoaded() const { return m_loaded; }
    // For tests: the message shown under the stage times, empty when there is none.
    QString stageProblem() const;
    // After an accepted edit: the order as it was before and as saved.
    const flow::ServiceOrder &original() const { return m_details.order; }
    const flow::ServiceOrder &saved() const { return m_saved; }
    bool isNewOrder() const { return m_isNew; }
    // The flow's steps taken in the form and not undone, oldest first, with what each did.
    std::vector<std::pair<flow::OrderWorkflow::Step, QString>> takenSteps() const;
    // Whether Save changed the order's fields (beyond the steps).
    bool fieldsChanged() const { return m_fieldsChanged; }

signals:
    // A step was taken or undone in the form: lists showing the order read it again.
    void orderChanged();

private:
    void build();
    void buildOrderTab(QWidget *tab);
    void fill();
    void reload();
    flow::ServiceOrder edited() const;
    bool customerEdited() const;
    // What the form says now about the order's model, fault and description: the cases tab's
    // suggestions follow it.
    knowledge::OrderClues clues() const;

    Database &m_db;
    flow::OrderDetails m_details;
    bool m_loaded = false;
    bool m_isNew = false;
    flow::ServiceOrder m_saved;
    bool m_fieldsChanged = false;
    QUndoStack *m_steps = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_orderNo = nullptr;
    QLabel *m_orderNoProblem = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_product = nullptr;
    QCheckBox *m_complaint = nullptr;
    QComboBox *m_technician = nullptr;
    CustomerFields *m_customer = nullptr;
    QSpinBox *m_visits = nullptr;
    QSpinBox *m_reopened = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_faultCode = nullptr; // the diagnosed fault, a code of the workbook's list
    std::array<QCheckBox *, 7> m_timeSet{};
    std::array<QDateTimeEdit *, 7> m_times{};
    QLabel *m_stageProblem = nullptr;
    OrderTimelineTab *m_timelineTab = nullptr;
    OrderHistoryTab *m_historyTab = nullptr;
    OrderCasesTab *m_casesTab = nullptr;
    OrderEquipmentTab *m_equipmentTab = nullptr;
};

} // namespace servicelens::ui
