// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// The inspection templates of the workbook: edit, create, and share them as the JSON of
// FORMATS.md with other branches.
class TemplatesView final : public QWidget {
    Q_OBJECT

public:
    explicit TemplatesView(WorkbookContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

signals:
    void changed();

private:
    QString selectedCode() const;
    void edit();
    void create();
    void importTemplate();
    void exportTemplate();

    WorkbookContext &m_context;
    QTableWidget *m_table;
};

} // namespace servicelens::ui
