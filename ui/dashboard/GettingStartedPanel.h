// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace servicelens::ui {

// The first steps, where a new user looks first: on the demo workbook, that it is a demo and
// how to start with one's own data; on a workbook without orders, how to bring them in. Closed
// once, it stays closed for that workbook.
class GettingStartedPanel final : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Demo, Empty };

    explicit GettingStartedPanel(QWidget *parent = nullptr);

    // Shows the panel of its kind for the workbook at `path`, unless it was closed there.
    void showFor(Kind kind, const QString &path);
    static void forgetClosed(); // for tests: every panel shows again

signals:
    void createWorkbook();
    void openWorkbook();
    void importOrders();
    void newOrder();
    void openGuide();

private:
    QLabel *m_text;
    QPushButton *m_create;
    QPushButton *m_open;
    QPushButton *m_import;
    QPushButton *m_newOrder;
    QString m_path;
};

} // namespace servicelens::ui
