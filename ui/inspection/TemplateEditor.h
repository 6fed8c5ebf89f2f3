// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/InspectionTemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Edits an inspection template: its sections and items in a tree (drag to reorder, add,
// remove), each item's question and guidance in both languages, type, weight, critical flag
// and range, and a preview of the checklist as inspectors will see it. Saving goes through
// TemplateRepository: a template already used by inspections is saved as a new version.
class TemplateEditor final : public QDialog {
    Q_OBJECT

public:
    TemplateEditor(Database &db, inspection::InspectionTemplate t, QWidget *parent = nullptr);

    // The template as edited (not saved).
    Result<inspection::InspectionTemplate> edited() const;
    const inspection::InspectionTemplate &saved() const { return m_template; }
    void accept() override;

    // For tests and keyboard users.
    QTreeWidgetItem *addSection();
    QTreeWidgetItem *addItem();
    // Moves the selected section or item up (-1) or down (1) among its siblings.
    void moveNode(int step);
    QTreeWidget *tree() const { return m_tree; }

private:
    void load();
    void showNode(QTreeWidgetItem *node);
    void storeNode(QTreeWidgetItem *node);
    void removeNode();
    void preview();

    Database &m_db;
    inspection::InspectionTemplate m_template;
    std::vector<inspection::TemplateItem> m_items; // node data: index
    std::vector<BilingualText> m_sections;
    QTreeWidgetItem *m_current = nullptr;
    bool m_loading = false;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameZh;
    QComboBox *m_frequency;
    QComboBox *m_kind;
    QDoubleSpinBox *m_passScore;
    QTreeWidget *m_tree;
    QStackedWidget *m_detail;
    QLineEdit *m_sectionTitle;
    QLineEdit *m_sectionTitleZh;
    QLineEdit *m_itemCode;
    QComboBox *m_itemType;
    QPlainTextEdit *m_itemText;
    QPlainTextEdit *m_itemTextZh;
    QPlainTextEdit *m_guidance;
    QPlainTextEdit *m_guidanceZh;
    QDoubleSpinBox *m_weight;
    QCheckBox *m_critical;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLabel *m_error;
};

} // namespace servicelens::ui
