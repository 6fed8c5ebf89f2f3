// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

// The inspection templates of the workbook: edit, create, and share them as the JSON of
// FORMATS.md with other branches.
class TemplatesView final : public QWidget {
    Q_OBJECT

public:
    explicit TemplatesView(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
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

    Workbook *m_workbook = nullptr;
    QTableWidget *m_table;
};

} // namespace servicelens::ui
